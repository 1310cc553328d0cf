#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace medloc {

// One morphological analysis of a word: its lemma and its tags, as Hunspell's French
// dictionary gives them ("conditions" -> lemma "condition", tags nom fem pl).
struct WordAnalysis {
    std::string lemma;             // normalised like pattern words
    std::vector<std::string> tags; // the values of its po: and is: fields

    // `v` stands for any verb tag (v1__t_q_zz…), `pro` for any pronoun tag, `det` for any
    // determiner (det, detpos, detdem, detind).
    bool has(std::string_view tag) const;
};

// Hunspell's analyses of a word as it prints them (Speller::analyze), empty for a word it
// does not know.
using Morphology = std::function<std::vector<std::string>(const std::string& word)>;

// " st:condition po:nom is:fem is:pl" -> {condition, [nom, fem, pl]}; analyses without a
// lemma take `word`'s.
std::vector<WordAnalysis> parse_analyses(const std::vector<std::string>& raw,
                                         std::string_view word);

// The analyses of words, looked up once per thread and word (bounded), for the matcher and
// for the agreement of suggestions.
using AnalysisLookup = std::function<const std::vector<WordAnalysis>&(std::string_view word)>;

} // namespace medloc
