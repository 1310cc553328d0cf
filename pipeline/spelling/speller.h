#pragma once

#include "core/result.h"
#include "spelling/dictionary_locator.h"
#include "spelling/word_list.h"

#include <atomic>
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

struct SpellVerdict {
    bool correct = true;
    std::vector<std::string> suggestions; // best first; only for incorrect words
};

// One locale's spell checker: Hunspell instances (one per thread that needs one, reused
// across files) plus a cache of verdicts shared by all threads, so that each distinct
// word is looked up once per run, not once per occurrence.
class Speller {
public:
    Speller(DictionaryFiles files, std::vector<std::string> extra_words);
    ~Speller();
    Speller(const Speller&) = delete;
    Speller& operator=(const Speller&) = delete;

    // `word` must be NFC. Thread-safe.
    SpellVerdict check(const std::string& word);

    // Hunspell's stems of a word ("anormalités" -> "anormalité"; "fausses" -> "fausser",
    // "faux"); empty for words it does not know. Cached like verdicts. Thread-safe.
    std::vector<std::string> stems(const std::string& word);

    // Hunspell's morphological analyses of a word as it prints them ("conditions" ->
    // "st:condition po:nom is:fem is:pl"); empty for words it does not know. Not cached:
    // callers keep what they use. Thread-safe.
    std::vector<std::string> analyze(const std::string& word);

    std::size_t lookups() const { return lookups_; }       // Hunspell calls made
    std::size_t cache_hits() const { return cache_hits_; } // answered from the cache

private:
    std::unique_ptr<Hunspell> acquire();
    void release(std::unique_ptr<Hunspell> instance);

    DictionaryFiles files_;
    std::vector<std::string> extra_words_;
    // Hunspell's add() is not always enough: a word the dictionary analyses otherwise
    // ("Ag", read as a form of "AG") stays rejected. A listed word is correct as written.
    std::unordered_set<std::string> listed_words_;
    std::mutex pool_mutex_;
    std::vector<std::unique_ptr<Hunspell>> idle_;
    std::shared_mutex cache_mutex_;
    std::unordered_map<std::string, SpellVerdict> cache_;
    std::unordered_map<std::string, std::vector<std::string>> stem_cache_;
    std::atomic<std::size_t> lookups_{0};
    std::atomic<std::size_t> cache_hits_{0};
};

// Spellers by locale, created on first use. A locale without a dictionary is an error
// that names the package to install.
class SpellingService {
public:
    SpellingService(std::string search_path, WordLists word_lists);

    Result<Speller*> speller_for(const std::string& locale);

private:
    std::string search_path_;
    WordLists word_lists_;
    std::mutex mutex_;
    std::map<std::string, std::unique_ptr<Speller>> spellers_;
    std::map<std::string, std::string> failures_;
};

} // namespace medloc
