#pragma once

#include "core/result.h"
#include "spelling/dictionary_locator.h"
#include "spelling/suggestion_budget.h"
#include "spelling/word_list.h"

#include <atomic>
#include <limits>
#include <map>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

class Hunspell;

namespace medloc {

// The 1990 rectifications of French spelling (piqure, entrainer, maitrise, cout,
// ambigüité): accepted beside the classic spellings, or rejected (classic only).
enum class French1990 { accept, reject };

struct SpellingOptions {
    French1990 french_1990 = French1990::accept;
    SuggestionLimits suggestion_limits;
};

struct Suggestions {
    std::vector<std::string> words; // best first, at most kMaxSuggestions
    // Typo distance (typo_model.h) of the closest word medloc's own typo model found: the
    // same on every run, whatever the budget. Infinity when none is one slip away.
    double closest = std::numeric_limits<double>::infinity();
    bool cut = false; // Hunspell's search was skipped: the time budget was spent
};

// One locale's spell checker: Hunspell instances (one per thread that needs one, reused
// across files) plus caches of verdicts and suggestions shared by all threads, so that
// each distinct word is looked up once per run, and its suggestions are computed once,
// only when it is reported (two threads that need the same word's wait for one).
class Speller {
public:
    static constexpr std::size_t kMaxSuggestions = 5;

    Speller(DictionaryFiles files, std::vector<std::string> extra_words,
            SpellingOptions options = {}, std::string language = {});
    ~Speller();
    Speller(const Speller&) = delete;
    Speller& operator=(const Speller&) = delete;

    // `word` must be NFC. Thread-safe.
    bool correct(const std::string& word);

    // Words close to an unknown `word`, best first: medloc's typo model (accents, doubled
    // letters, swaps, sound-alike spellings…) over the dictionary, and the project's word
    // lists within two slips (their words rank first among equals); then, when those find
    // nothing and `budget` allows, Hunspell's own search. The typo model's part, and so
    // `closest`, is the same on every run; only Hunspell's search is budgeted. Thread-safe.
    Suggestions suggest(const std::string& word, FileSuggestionBudget& budget);

    // Hunspell's stems of a word ("anormalités" -> "anormalité"; "fausses" -> "fausser",
    // "faux"); empty for words it does not know. Cached like verdicts. Thread-safe.
    std::vector<std::string> stems(const std::string& word);

    // Hunspell's morphological analyses of a word as it prints them ("conditions" ->
    // "st:condition po:nom is:fem is:pl"); empty for words it does not know. Not cached:
    // callers keep what they use. Thread-safe.
    std::vector<std::string> analyze(const std::string& word);

    bool accepts_1990_spellings() const { return options_.french_1990 == French1990::accept; }

    // Whether `word` is in the project's word lists (the termbase's words included).
    bool listed(const std::string& word) const { return listed_words_.contains(word); }

    std::size_t lookups() const { return lookups_; }       // Hunspell calls made
    std::size_t searches() const { return searches_; }     // Hunspell suggestion searches
    std::size_t cache_hits() const { return cache_hits_; } // answered from the cache

private:
    // Hunspell's constructor and destructor touch a process-wide table: both run under one
    // mutex, whatever way an instance ends (the deleter takes it).
    struct LockedDelete {
        void operator()(Hunspell* instance) const;
    };
    using Instance = std::unique_ptr<Hunspell, LockedDelete>;

    // An instance checked out of the pool for one call; back into it when the lease ends,
    // even by an exception.
    class Lease {
    public:
        Lease(Speller& owner, Instance instance) : owner_(owner), instance_(std::move(instance)) {}
        ~Lease();
        Lease(const Lease&) = delete;
        Lease& operator=(const Lease&) = delete;
        Hunspell& operator*() const { return *instance_; }
        Hunspell* operator->() const { return instance_.get(); }

    private:
        Speller& owner_;
        Instance instance_;
    };

    struct Candidate {
        std::string word;
        double distance = 0;
        bool listed = false;
        bool rare = false; // only a literary tense (passé simple, subjonctif imparfait)
    };
    // What is known of one unknown word's suggestions; its mutex is held while they are
    // computed, so a second thread waits for the first instead of computing them again.
    struct SuggestionEntry {
        explicit SuggestionEntry(std::string w) : word(std::move(w)) {}
        const std::string word;
        std::mutex mutex;
        bool typo_searched = false;
        std::vector<Candidate> candidates;
        bool hunspell_searched = false;
        std::vector<std::string> hunspell;
    };

    Lease lease();
    bool raw_correct(Hunspell& instance, const std::string& word) const;
    bool inflection_of_listed(Hunspell& instance, const std::string& word) const;
    bool hunspell_spell(Hunspell& instance, const std::string& word) const;
    bool spell_french(Hunspell& instance, const std::string& word) const;
    void typo_search(SuggestionEntry& entry, const std::string& word);
    void lexicon_search(SuggestionEntry& entry, const std::string& word) const;
    Suggestions ranked(const SuggestionEntry& entry) const;

    DictionaryFiles files_;
    SpellingOptions options_;
    std::string language_;
    std::vector<std::string> extra_words_;
    // Hunspell's add() is not always enough: a word the dictionary analyses otherwise
    // ("Ag", read as a form of "AG") stays rejected. A listed word is correct as written.
    std::unordered_set<std::string> listed_words_;
    // The listed words again, without accents or case, by their first letter: the lexicon
    // that suggestions are looked for in within two slips.
    struct LexiconWord {
        std::string word;
        std::string plain;
    };
    std::map<char, std::vector<LexiconWord>> lexicon_;

    std::mutex pool_mutex_;
    std::vector<Instance> idle_;
    std::shared_mutex cache_mutex_;
    std::unordered_map<std::string, bool> verdicts_;
    std::unordered_map<std::string, std::vector<std::string>> stem_cache_;
    std::mutex suggestions_mutex_;
    std::unordered_map<std::string, std::shared_ptr<SuggestionEntry>> suggestions_;
    std::atomic<std::size_t> lookups_{0};
    std::atomic<std::size_t> cache_hits_{0};
    std::atomic<std::size_t> searches_{0};
};

// Spellers by locale, created on first use. A locale without a dictionary is an error
// that names the package to install.
class SpellingService {
public:
    SpellingService(std::string search_path, WordLists word_lists, SpellingOptions options = {});

    Result<Speller*> speller_for(const std::string& locale);

    SuggestionBudget& suggestion_budget() { return budget_; }

private:
    std::string search_path_;
    WordLists word_lists_;
    SpellingOptions options_;
    SuggestionBudget budget_;
    std::mutex mutex_;
    std::map<std::string, std::unique_ptr<Speller>> spellers_;
    std::map<std::string, std::string> failures_;
};

} // namespace medloc
