#pragma once

#include "language/language_profile.h"
#include "language/url_ranges.h"
#include "language/word_tokenizer.h"
#include "usage/inflection.h"
#include "usage/usage_rulebook.h"
#include "usage/word_analysis.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace medloc {

// An entry found in a block: the words it reports and their replacements.
struct UsageMatch {
    const UsageEntry* entry = nullptr;
    std::size_t words_begin = 0; // byte range of the words the entry reports
    std::size_t words_end = 0;
    // The range the suggestions replace: the reported words, and the article or adjectives
    // around them when a suggestion changes their agreement (la condition -> l'affection).
    std::size_t begin = 0;
    std::size_t end = 0;
    std::vector<std::string> suggestions; // agreed, capitalised like the text they replace
};

// The entries of one language, indexed by the words their patterns start with. A block's
// words are its ICU tokens, elided articles and pronouns (l’, qu’) split off, hyphenated
// compounds the dictionary knows joined (sous-jacentes); each word is analysed once per
// thread. Patterns match runs of words that only spaces, hyphens or apostrophes separate.
class UsageMatcher {
public:
    UsageMatcher(const UsageRulebook& rulebook, const std::string& language, Morphology morphology);

    // Matches in `text` (a block), in order; text in `skipped` ranges (URLs, passages in
    // another language) is no word and separates words. An entry is dropped where one of
    // its `unless` patterns covers a reported word; of overlapping matches the one that
    // starts first (then the longest) is kept. Suggestions agree with the reported words
    // (inflection-aware, see replace_phrase); one that cannot agree is left out.
    std::vector<UsageMatch> match(std::string_view text, const std::vector<Token>& tokens,
                                  const LanguageProfile& profile,
                                  const std::vector<TextRange>& skipped) const;

    // Hunspell's analyses of a word, cached per thread.
    const std::vector<WordAnalysis>& analyses(std::string_view word) const;

    std::size_t entry_count() const { return entries_.size(); }

private:
    struct Word;
    struct SequenceRef {
        std::size_t entry = 0;
        const PatternSequence* sequence = nullptr;
    };
    struct SequenceMatch {
        std::size_t flag_begin = 0; // word indexes
        std::size_t flag_end = 0;
        std::size_t head = 0; // word index, when head_analysis is set
        std::optional<WordAnalysis> head_analysis;
    };

    std::vector<Word> words(std::string_view text, const std::vector<Token>& tokens,
                            const LanguageProfile& profile,
                            const std::vector<TextRange>& skipped) const;
    std::optional<SequenceMatch> match_at(const PatternSequence& sequence,
                                          const std::vector<Word>& words, std::size_t at) const;
    bool excluded(const UsageEntry& entry, const std::vector<Word>& words,
                  const SequenceMatch& found) const;

    std::vector<const UsageEntry*> entries_;
    std::unordered_map<std::string, std::vector<SequenceRef>> by_first_word_;
    std::vector<SequenceRef> any_first_word_; // patterns that start with * or #
    Morphology morphology_;
    std::uint64_t instance_ = 0; // keys the per-thread analysis caches: never reused
};

} // namespace medloc
