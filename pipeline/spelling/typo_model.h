#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace medloc {

// How writers of French mistype a word, as costs: a missing or wrong accent and a letter's
// case cost least, then œ typed as oe, a doubled or single consonant, a sound-alike
// spelling (ph/f, qu/k, au/o…), two letters swapped, and a letter added, dropped or
// replaced (a vowel for a vowel or a key's neighbour cheaper than any other letter).
// One ordinary slip costs at most 1. Symmetric; 0 for the same text.
double typo_distance(std::string_view written, std::string_view word);

// The written forms one slip away from `word`, lower-case or capitalised UTF-8 (the case
// of the first letter is kept), in a fixed order: accents (one, or all of a word typed
// without any), œ/æ, a letter dropped, doubled, swapped, replaced by a vowel or a key's
// neighbour, a vowel or h added, a sound-alike spelling, a hyphen after a combining
// vowel. A few hundred for a word of ten letters. The word itself is not among them.
std::vector<std::string> typo_candidates(std::string_view word);

// `word` without accents, lower-case, œ and æ written out: "Œdème" -> "oedeme".
std::string plain_letters(std::string_view word);

// `word` with its first letter in capitals: "doliprane" -> "Doliprane", "étude" -> "Étude".
std::string capitalised(std::string_view word);

// Its first letter in lower case.
std::string uncapitalised(std::string_view word);

} // namespace medloc
