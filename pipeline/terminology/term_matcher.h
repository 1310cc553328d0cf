#pragma once

#include "language/language_profile.h"
#include "language/word_tokenizer.h"
#include "terminology/termbase.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace medloc {

struct TermMatch {
    std::size_t begin = 0; // byte range in the block text
    std::size_t end = 0;
    const Concept* concept_entry = nullptr;
    const Term* term = nullptr;
};

// Whether a match is an element of a hyphenated compound: joined by a hyphen to a letter
// or digit that is not part of the term ("anticorps" in "auto-anticorps",
// "professionnels de la santé" in "non-professionnels de la santé", "HIV" in
// "HIV-positive"). The compound is a word of its own, translated as a whole
// ("autoantibodies", "lay", "séropositif").
bool in_compound(std::string_view text, const TermMatch& match);

// The forms a word may stand for: its case-folded self and its stems (Hunspell), so that
// "anormalités" meets "anormalité" and "fausses couches" meets "fausse couche".
using Lemmatizer = std::function<std::vector<std::string>(const std::string& word)>;

// All terms of a termbase that apply to one locale, in a trie over word lemmas: one pass
// over a block's tokens finds every term, multi-word terms included, whatever markup or
// line breaks the file had between the words. Terms in capitals (acronyms) match only in
// capitals; other terms ignore case. Accents always count.
class TermMatcher {
public:
    TermMatcher(const Termbase& termbase, const std::string& locale, Lemmatizer lemmatizer);

    std::vector<TermMatch> match(std::string_view text, const std::vector<Token>& tokens,
                                 const LanguageProfile& profile) const;

    std::size_t term_count() const { return terms_; }

    // Whether the text writes `term` at some word: its words in any inflection the
    // matcher reads, joined or split ("healthcare" for "health care", "anti-
    // inflammatory" for "antiinflammatory"), with ligatures, the accents the 1990
    // spelling reform moves and British and American spellings alike ("fœtus",
    // "foetus", "fetus"; "évènement", "événement"), or as the last part of a closed
    // compound ("autoantibodies" writes "antibody", "Autoantikörper" "Antikörper").
    bool writes(std::string_view text, const std::vector<Token>& tokens,
                const LanguageProfile& profile, const Term& term) const;
    // Whether the text has a word of the family of `term` (of its longest word when it
    // has several): the same first letters, at least five and six tenths of the word
    // ("injured" for "injury", "vaccinated" for "vaccine", "traumatologique" for
    // "traumatisme", "professionals" for "health professional"), as a translation that
    // changes the part of speech or leaves a modifier to the context writes it.
    bool writes_family(std::string_view text, const std::vector<Token>& tokens,
                       const LanguageProfile& profile, const Term& term) const;

private:
    struct Node {
        std::unordered_map<std::string, std::size_t> next;
        std::vector<std::pair<const Concept*, const Term*>> terms;
    };

    std::vector<std::string> keys(std::string_view word) const;
    const std::vector<std::string>& cached_keys(std::string_view word) const;
    void insert(const Concept& entry, const Term& term, WordTokenizer& tokenizer);

    std::vector<Node> nodes_;
    Lemmatizer lemmatizer_;
    std::string language_; // "en": stems must be inflections (language/inflection.h)
    std::size_t terms_ = 0;
    std::uint64_t instance_ = 0; // keys the per-thread word caches: never reused
};

} // namespace medloc
