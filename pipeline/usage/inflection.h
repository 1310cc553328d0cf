#pragma once

#include "usage/word_analysis.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace medloc {

// Makes a suggestion, written in its base form (singular, masculine, infinitive), agree
// with the word it replaces (`head_form`, analysed as `head`): a noun takes the head's number
// (drogues -> médicaments), an adjective its gender and number (digitales -> numériques),
// a verb its tense and person (reporte -> signale); adjectives right after a noun follow
// it (maladie chronique -> maladies chroniques). Candidate forms are built by the usual
// French endings and kept only when the dictionary analyses them as the wanted form, so a
// form is never invented. nullopt when no form agrees (supportent -> soutenir: another
// conjugation); the suggestion as written when its first word shares no part of speech
// with the head (à l'aise for confortables).
std::optional<std::string> agree(const std::string& suggestion, const std::string& head_form,
                                 const WordAnalysis& head, const AnalysisLookup& analyses);

// A word next to the reported words, with its analyses.
struct PhraseWord {
    std::string form; // as written
    const std::vector<WordAnalysis>* analyses = nullptr;
};

// The reported words in their noun phrase: the words joined to them on each side (nearest
// first), the reported text, and the word suggestions agree with.
struct PhraseContext {
    std::vector<PhraseWord> before; // before[0] is the word right before the reported text
    std::vector<PhraseWord> after;  // after[0] is the word right after it
    std::string reported;
    std::string head_form;
    std::optional<WordAnalysis> head; // its analysis: noun, adjective or verb
};

// Suggestions as replacements of a stretch of text: `before` words of the context, the
// reported text and `after` words.
struct PhraseReplacements {
    std::size_t before = 0;
    std::size_t after = 0;
    std::vector<std::string> texts;
};

// Each suggestion agreed with the head (see agree); when it replaces a noun, the article
// and the adjectives around follow its gender and first sound (la condition médicale ->
// l'affection médicale, le dosage recommandé -> la posologie recommandée, d'évidence ->
// de preuve), and the replaced stretch grows to take them in; a replacement ending in de
// or que elides into a next word that starts with a vowel (atteinte d'un). Without
// `agreeing` (an entry with `agree = no`), suggestions are used as written. Suggestions
// that cannot agree are left out; each text has the case of the text it replaces.
// French rules.
PhraseReplacements replace_phrase(const std::vector<std::string>& suggestions,
                                  const PhraseContext& context, const AnalysisLookup& analyses,
                                  bool agreeing);

// The suggestion with the case of the reported text: a capital first letter, or all
// capitals when the reported text is in capitals.
std::string capitalised_like(const std::string& suggestion, std::string_view reported);

} // namespace medloc
