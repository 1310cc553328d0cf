#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace medloc {

// Whether `word` is an inflected form of `lemma` in `language` (both case-folded), as
// opposed to a derivation that a spelling dictionary also strips: in English, a plural
// ("vaccines", "pregnancies", classical "diagnoses", "vertebrae"), a possessive, a verb's
// -s, -ed, -ing ("inhaled" of "inhale"), but not "inhaler" (an agent noun), "dehydration"
// or "injuries" read as "jury" through a prefix. Languages without rules here accept
// every lemma (their dictionaries' affixes are inflections).
bool is_inflection(std::string_view word, std::string_view lemma, std::string_view language);

// The lemmas `word` may be an inflection of, by the regular rules of `language` (English:
// "inhalers" -> "inhaler", "pregnancies" -> "pregnancy", "inhaled" -> "inhale",
// "inhal"); a dictionary says which of them are words. Empty for other languages.
std::vector<std::string> inflection_candidates(std::string_view word, std::string_view language);

} // namespace medloc
