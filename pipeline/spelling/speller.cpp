#include "spelling/speller.h"

#include "language/language_profile.h"
#include "spelling/typo_model.h"
#include "text/utf8.h"

#include <algorithm>
#include <array>
#include <chrono>

#include <hunspell/hunspell.hxx>

namespace medloc {
namespace {

// Hunspell keeps a process-wide Unicode table with an unguarded reference count, set up and
// torn down by its constructor and destructor: two threads loading a dictionary at once can
// each allocate it (one copy then leaks) or free it under the other's feet.
std::mutex& hunspell_lifetime_mutex() {
    static std::mutex mutex;
    return mutex;
}

struct FrenchSpelling {
    const char* root;
    const char* example; // a root of the other variant with the same affixes; may be ""
    bool rectified;      // a root of the 1990 spellings only
};

constexpr FrenchSpelling kFrenchSpellings[] = {
#include "spelling/french_1990_spellings.inc"
};

// Makes a French dictionary of any of Dicollecte's variants (classical, revised,
// comprehensive) answer as the policy says: both spellings, or the classic ones only.
void apply_french_policy(Hunspell& instance, French1990 policy) {
    for (const FrenchSpelling& entry : kFrenchSpellings) {
        const bool wanted = !entry.rectified || policy == French1990::accept;
        if (!wanted) {
            instance.remove(entry.root);
            continue;
        }
        if (instance.spell(std::string(entry.root)))
            continue;
        if (*entry.example != '\0')
            instance.add_with_affix(entry.root, entry.example);
        else
            instance.add(entry.root);
    }
}

// Endings that inflect one French word for gender and number. The project's word lists
// hold a word in one or two forms; its other forms are as correct (antirougeoleux beside a
// listed antirougeoleuse, méningococciques beside méningococcique).
constexpr std::array<std::array<std::string_view, 4>, 10> kFrenchInflections = {{
    {"", "s", "e", "es"},
    {"eux", "euse", "euses", "eux"},
    {"if", "ifs", "ive", "ives"},
    {"al", "aux", "ale", "ales"},
    {"el", "els", "elle", "elles"},
    {"ien", "iens", "ienne", "iennes"},
    {"er", "ers", "ère", "ères"},
    {"teur", "teurs", "trice", "trices"},
    {"on", "ons", "onne", "onnes"},
    {"eau", "eaux", "eau", "eaux"},
}};

std::size_t length_of(std::string_view word) {
    return utf8::length(word);
}

constexpr std::size_t kMaxSuggestedLength = 40;

} // namespace

void Speller::LockedDelete::operator()(Hunspell* instance) const {
    std::lock_guard lock(hunspell_lifetime_mutex());
    delete instance;
}

Speller::Lease::~Lease() {
    try {
        std::lock_guard lock(owner_.pool_mutex_);
        owner_.idle_.push_back(std::move(instance_));
    } catch (...) {
        // Out of memory for the pool: the instance is destroyed (under the lifetime mutex).
    }
}

Speller::Speller(DictionaryFiles files, std::vector<std::string> extra_words,
                 SpellingOptions options, std::string language)
    : files_(std::move(files)), options_(options), language_(std::move(language)),
      extra_words_(std::move(extra_words)),
      listed_words_(extra_words_.begin(), extra_words_.end()) {
    for (const std::string& word : listed_words_) {
        std::string plain = plain_letters(word);
        if (length_of(plain) >= 4)
            lexicon_[plain[0]].push_back({word, std::move(plain)});
    }
    for (auto& [letter, words] : lexicon_)
        std::sort(words.begin(), words.end(),
                  [](const LexiconWord& a, const LexiconWord& b) { return a.word < b.word; });
}

Speller::~Speller() = default;

Speller::Lease Speller::lease() {
    {
        std::lock_guard lock(pool_mutex_);
        if (!idle_.empty()) {
            Instance instance = std::move(idle_.back());
            idle_.pop_back();
            return Lease(*this, std::move(instance));
        }
    }
    // Loading a dictionary takes tens of milliseconds: done once per thread that needs it.
    Instance instance;
    {
        std::lock_guard lock(hunspell_lifetime_mutex());
        instance.reset(new Hunspell(files_.aff.c_str(), files_.dic.c_str()));
    }
    // Whatever throws from here on, the deleter destroys the instance under the mutex.
    if (language_ == "fr")
        apply_french_policy(*instance, options_.french_1990);
    for (const std::string& word : extra_words_)
        instance->add(word);
    return Lease(*this, std::move(instance));
}

bool Speller::hunspell_spell(Hunspell& instance, const std::string& word) const {
    return language_ == "fr" ? spell_french(instance, word) : instance.spell(word);
}

bool Speller::raw_correct(Hunspell& instance, const std::string& word) const {
    return listed_words_.contains(word) || hunspell_spell(instance, word) ||
           inflection_of_listed(instance, word);
}

namespace {

// Inflected forms the 1990 rectifications change through Hunspell's affix rules rather
// than its roots (so not in the table above): the diaeresis of -guë on the u (aigüe,
// ambigüe, contigüe), and è in the future and conditional of verbs like céder (cèderai,
// allègerait). The classic form of `word` under those rules, or "" when they do not apply.
std::string classic_form(const std::string& word) {
    if (const std::size_t at = word.find("güe"); at != std::string::npos)
        return word.substr(0, at) + "guë" + word.substr(at + std::string("güe").size());
    static constexpr std::array<std::string_view, 11> kFutureEndings = {
        "erai",  "eras",  "era",    "erons", "erez",   "eront",
        "erais", "erait", "erions", "eriez", "eraient"};
    for (std::string_view ending : kFutureEndings) {
        if (!word.ends_with(ending))
            continue;
        const std::size_t grave = word.rfind("è", word.size() - ending.size());
        if (grave == std::string::npos || word.size() - ending.size() - grave > 6)
            continue;
        return word.substr(0, grave) + "é" + word.substr(grave + std::string("è").size());
    }
    return {};
}

// Whether every reading Dicollecte gives `word` is a form of the passé simple or the
// subjonctif imparfait, tenses medical text hardly uses (informassions, servisse): such a
// form is a less likely meaning of a misspelling than a common word as close.
bool only_literary_tenses(Hunspell& instance, const std::string& word) {
    const std::vector<std::string> analyses = instance.analyze(word);
    return !analyses.empty() && std::all_of(analyses.begin(), analyses.end(), [](const auto& a) {
        return a.find("po:ipsi") != std::string::npos || a.find("po:simp") != std::string::npos;
    });
}

bool has_part_of_speech(Hunspell& instance, const std::string& word) {
    for (const std::string& analysis : instance.analyze(word))
        if (analysis.find("po:") != std::string::npos)
            return true;
    return false;
}

} // namespace

bool Speller::spell_french(Hunspell& instance, const std::string& word) const {
    const bool known = instance.spell(word);
    const std::string classic = classic_form(word);
    if (classic.empty())
        return known;
    // A 1990 form the rules above make: correct with the policy that accepts them, and
    // only when its classic form is (the installed dictionary may hold either).
    const bool classic_known = instance.spell(classic);
    return options_.french_1990 == French1990::accept ? known || classic_known
                                                      : known && !classic_known;
}

bool Speller::inflection_of_listed(Hunspell& instance, const std::string& word) const {
    if (language_ != "fr")
        return false;
    for (const auto& group : kFrenchInflections)
        for (std::string_view ending : group) {
            if (!word.ends_with(ending) || word.size() < ending.size() + 3)
                continue;
            const std::string stem = word.substr(0, word.size() - ending.size());
            for (std::string_view other : group) {
                // No French form adds e to a final e (base, basee).
                if (other == ending || (stem.ends_with('e') && other.starts_with('e')))
                    continue;
                const std::string form = stem + std::string(other);
                // A listed word the dictionary knows has its forms there already (entier:
                // entière, not entiere). Dicollecte's entries carry their part of speech
                // (po:); the words medloc added do not.
                if (listed_words_.contains(form) && !has_part_of_speech(instance, form))
                    return true;
            }
        }
    return false;
}

bool Speller::correct(const std::string& word) {
    {
        std::shared_lock lock(cache_mutex_);
        if (auto it = verdicts_.find(word); it != verdicts_.end()) {
            ++cache_hits_;
            return it->second;
        }
    }
    bool verdict = true;
    if (!listed_words_.contains(word)) {
        Lease instance = lease();
        verdict = hunspell_spell(*instance, word) || inflection_of_listed(*instance, word);
    }
    ++lookups_;
    std::unique_lock lock(cache_mutex_);
    verdicts_.emplace(word, verdict);
    return verdict;
}

std::vector<std::string> Speller::stems(const std::string& word) {
    {
        std::shared_lock lock(cache_mutex_);
        if (auto it = stem_cache_.find(word); it != stem_cache_.end())
            return it->second;
    }
    std::vector<std::string> found;
    {
        Lease instance = lease();
        found = instance->stem(word);
    }
    std::unique_lock lock(cache_mutex_);
    stem_cache_.emplace(word, found);
    return found;
}

std::vector<std::string> Speller::analyze(const std::string& word) {
    Lease instance = lease();
    return instance->analyze(word);
}

void Speller::typo_search(SuggestionEntry& entry, const std::string& word) {
    const std::vector<std::string> candidates = typo_candidates(word);
    Lease instance = lease();
    for (const std::string& candidate : candidates) {
        const bool known = std::any_of(entry.candidates.begin(), entry.candidates.end(),
                                       [&](const Candidate& c) { return c.word == candidate; });
        if (!known && raw_correct(*instance, candidate))
            entry.candidates.push_back({candidate, typo_distance(word, candidate),
                                        listed_words_.contains(candidate),
                                        only_literary_tenses(*instance, candidate)});
    }
    // A name written in lower case ("doliprane" for "Doliprane").
    if (const std::string name = capitalised(word); name != word) {
        const bool known = std::any_of(entry.candidates.begin(), entry.candidates.end(),
                                       [&](const Candidate& c) { return c.word == name; });
        if (!known && raw_correct(*instance, name))
            entry.candidates.push_back(
                {name, typo_distance(word, name), listed_words_.contains(name)});
    }
}

void Speller::lexicon_search(SuggestionEntry& entry, const std::string& word) const {
    const std::string plain = plain_letters(word);
    if (plain.empty())
        return;
    const auto bucket = lexicon_.find(plain[0]);
    if (bucket == lexicon_.end())
        return;
    const std::size_t length = length_of(plain);
    const double limit = length >= 8 ? 2.0 : 1.0;
    // At a sentence's start, "Microrragies" is looked for as "microrragies".
    const std::string lower = uncapitalised(word);
    const bool capital = lower != word;
    for (const LexiconWord& listed : bucket->second) {
        const std::size_t other = length_of(listed.plain);
        if (other + 2 < length || length + 2 < other)
            continue;
        const std::string shown = capital ? capitalised(listed.word) : listed.word;
        if (shown == word)
            continue;
        const double distance = typo_distance(capital ? lower : word, listed.word);
        if (distance > limit)
            continue;
        const bool known = std::any_of(entry.candidates.begin(), entry.candidates.end(),
                                       [&](const Candidate& c) { return c.word == shown; });
        if (!known)
            entry.candidates.push_back({shown, distance, true});
    }
}

Suggestions Speller::ranked(const SuggestionEntry& entry) const {
    Suggestions result;
    struct Ranked {
        std::string word;
        double rank;
        std::size_t order;
    };
    std::vector<Ranked> all;
    const bool capital = uncapitalised(entry.word) != entry.word;
    for (const Candidate& c : entry.candidates) {
        // A name is no typo of a lower-case word (prick is not Pick), unless the word is
        // that name in lower case (doliprane, Doliprane).
        const bool same_case = (uncapitalised(c.word) != c.word) == capital;
        if (same_case || uncapitalised(c.word) == uncapitalised(entry.word))
            result.closest = std::min(result.closest, c.distance);
        // The project's words (medical terms, drugs) before general ones of the same
        // distance; a word of the same case before a name (kelle: quelle before Kelle);
        // common forms before literary tenses.
        all.push_back(
            {c.word,
             c.distance - (c.listed ? 0.3 : 0.0) + (same_case ? 0.0 : 0.45) + (c.rare ? 0.1 : 0.0),
             all.size()});
    }
    // Hunspell's, when the typo model found nothing: by the same distance, then its order.
    for (const std::string& word : entry.hunspell)
        if (std::none_of(all.begin(), all.end(), [&](const Ranked& r) { return r.word == word; }))
            all.push_back(
                {word, typo_distance(entry.word, word) - (listed_words_.contains(word) ? 0.3 : 0.0),
                 all.size()});
    std::stable_sort(all.begin(), all.end(), [](const Ranked& a, const Ranked& b) {
        return a.rank != b.rank ? a.rank < b.rank : a.order < b.order;
    });
    for (std::size_t i = 0; i < all.size() && i < kMaxSuggestions; ++i)
        result.words.push_back(all[i].word);
    return result;
}

Suggestions Speller::suggest(const std::string& word, FileSuggestionBudget& budget) {
    std::shared_ptr<SuggestionEntry> entry;
    {
        std::lock_guard lock(suggestions_mutex_);
        auto& slot = suggestions_[word];
        if (!slot)
            slot = std::make_shared<SuggestionEntry>(word);
        entry = slot;
    }
    std::lock_guard lock(entry->mutex);
    // Candidates grow with the square of a word's length: no word is that long but a
    // string of letters that is not one (and Hunspell stops at 100 bytes anyway).
    if (length_of(word) > kMaxSuggestedLength) {
        entry->typo_searched = entry->hunspell_searched = true;
        return {};
    }
    // The typo model: a few hundred lookups, the same on every run, never cut.
    if (!entry->typo_searched) {
        typo_search(*entry, word);
        lexicon_search(*entry, word);
        entry->typo_searched = true;
    }
    // Hunspell's search, a second or so: only for a word the typo model finds nothing
    // for, and only within the time budget.
    bool cut = false;
    if (entry->candidates.empty() && !entry->hunspell_searched) {
        if (budget.allows()) {
            const auto started = std::chrono::steady_clock::now();
            {
                Lease instance = lease();
                entry->hunspell = instance->suggest(word);
            }
            budget.charge(std::chrono::steady_clock::now() - started);
            entry->hunspell_searched = true;
            ++searches_;
        } else {
            cut = true;
            budget.note_cut();
        }
    }
    Suggestions result = ranked(*entry);
    result.cut = cut;
    return result;
}

SpellingService::SpellingService(std::string search_path, WordLists word_lists,
                                 SpellingOptions options)
    : search_path_(std::move(search_path)), word_lists_(std::move(word_lists)), options_(options),
      budget_(options.suggestion_limits) {}

Result<Speller*> SpellingService::speller_for(const std::string& locale) {
    std::lock_guard lock(mutex_);
    if (auto it = spellers_.find(locale); it != spellers_.end())
        return it->second.get();
    if (auto it = failures_.find(locale); it != failures_.end())
        return Error{it->second};
    auto files = locate_dictionary(locale, search_path_);
    if (!files) {
        failures_[locale] = files.error().message;
        return files.error();
    }
    const std::string language = language_of(locale);
    auto speller = std::make_unique<Speller>(files.value(), word_lists_.words_for(language),
                                             options_, language);
    Speller* raw = speller.get();
    spellers_.emplace(locale, std::move(speller));
    return raw;
}

} // namespace medloc
