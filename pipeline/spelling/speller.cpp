#include "spelling/speller.h"

#include "language/language_profile.h"

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

} // namespace

Speller::Speller(DictionaryFiles files, std::vector<std::string> extra_words)
    : files_(std::move(files)), extra_words_(std::move(extra_words)),
      listed_words_(extra_words_.begin(), extra_words_.end()) {}

Speller::~Speller() {
    std::lock_guard lock(hunspell_lifetime_mutex());
    idle_.clear();
}

std::unique_ptr<Hunspell> Speller::acquire() {
    {
        std::lock_guard lock(pool_mutex_);
        if (!idle_.empty()) {
            auto instance = std::move(idle_.back());
            idle_.pop_back();
            return instance;
        }
    }
    // Loading a dictionary takes tens of milliseconds: done once per thread that needs it.
    std::unique_ptr<Hunspell> instance;
    {
        std::lock_guard lock(hunspell_lifetime_mutex());
        instance = std::make_unique<Hunspell>(files_.aff.c_str(), files_.dic.c_str());
    }
    for (const std::string& word : extra_words_)
        instance->add(word);
    return instance;
}

void Speller::release(std::unique_ptr<Hunspell> instance) {
    std::lock_guard lock(pool_mutex_);
    idle_.push_back(std::move(instance));
}

SpellVerdict Speller::check(const std::string& word) {
    {
        std::shared_lock lock(cache_mutex_);
        if (auto it = cache_.find(word); it != cache_.end()) {
            ++cache_hits_;
            return it->second;
        }
    }
    SpellVerdict verdict;
    if (!listed_words_.contains(word)) {
        auto instance = acquire();
        verdict.correct = instance->spell(word);
        if (!verdict.correct)
            verdict.suggestions = instance->suggest(word);
        release(std::move(instance));
    }
    ++lookups_;
    std::unique_lock lock(cache_mutex_);
    cache_.emplace(word, verdict);
    return verdict;
}

std::vector<std::string> Speller::stems(const std::string& word) {
    {
        std::shared_lock lock(cache_mutex_);
        if (auto it = stem_cache_.find(word); it != stem_cache_.end())
            return it->second;
    }
    auto instance = acquire();
    std::vector<std::string> found = instance->stem(word);
    release(std::move(instance));
    std::unique_lock lock(cache_mutex_);
    stem_cache_.emplace(word, found);
    return found;
}

std::vector<std::string> Speller::analyze(const std::string& word) {
    auto instance = acquire();
    std::vector<std::string> found = instance->analyze(word);
    release(std::move(instance));
    return found;
}

SpellingService::SpellingService(std::string search_path, WordLists word_lists)
    : search_path_(std::move(search_path)), word_lists_(std::move(word_lists)) {}

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
    auto speller =
        std::make_unique<Speller>(files.value(), word_lists_.words_for(language_of(locale)));
    Speller* raw = speller.get();
    spellers_.emplace(locale, std::move(speller));
    return raw;
}

} // namespace medloc
