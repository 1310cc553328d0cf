#pragma once

#include "core/result.h"
#include "language/language_profile.h"

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace medloc {

// One word of a pattern: the forms or lemmas it accepts and the morphological tags the
// word must carry (docs/formats/usage.md).
struct PatternAtom {
    enum class Kind { word, any, number };
    struct Choice {
        std::string text;   // NFC, case-folded, ’ written as '
        bool exact = false; // "form": this form only; otherwise a lemma (any inflected form)
    };
    Kind kind = Kind::word;
    std::vector<Choice> choices;            // Kind::word: one of them
    std::vector<std::string> tags;          // all in one analysis of the word
    std::vector<std::string> excluded_tags; // none of them in that analysis
};

// A pattern without alternatives or optional parts: a fixed run of words, the part of it
// that is reported, and whether it must start a sentence.
struct PatternSequence {
    std::vector<PatternAtom> atoms;
    std::size_t flag_begin = 0; // [flag_begin, flag_end) indexes atoms
    std::size_t flag_end = 0;
    bool sentence_start = false;
};

// Named word sets (`[set NAME]`), usable as @NAME in patterns; each word is written as in
// a pattern (a lemma, or a "form" in quotes), already checked.
using PatternSets = std::map<std::string, std::vector<PatternAtom::Choice>, std::less<>>;

// The most sequences one pattern may expand to (its alternatives times its optional parts).
inline constexpr std::size_t kMaxSequencesPerPattern = 256;

// Parses a pattern and expands it into its sequences. `allow_flag` is false for `unless`
// patterns, which report nothing. Words with an elision (l’, qu’, jusqu’…, from `profile`)
// become two words, as in text. Errors name the column (1-based) in the pattern.
Result<std::vector<PatternSequence>> parse_pattern(std::string_view pattern,
                                                   const PatternSets& sets,
                                                   const LanguageProfile& profile, bool allow_flag);

// One word of a set: a lemma, or a "form" in quotes.
Result<PatternAtom::Choice> parse_set_word(std::string_view word);

// A word as patterns compare words: NFC, case-folded, ’ and ‘ written as '.
std::string normalise_word(std::string_view word);

// Whether a morphological tag of Hunspell's French dictionary (po: and is: values) is one
// patterns may name; `v` stands for every verb tag, `pro` for every pronoun tag.
bool is_known_tag(std::string_view tag);

} // namespace medloc
