#pragma once

#include "dosage/dose.h"
#include "language/number_finder.h"
#include "language/word_tokenizer.h"

#include <string_view>
#include <vector>

namespace medloc {

// The doses of a text: every number (as NumberFinder reads it in the text's locale)
// followed by a unit of the unit table, ranges ("2 à 3 mg", "4–6 hours", "2 or 3
// tablets"), the implicit one of "un comprimé", "a day", and "once", "twice".
// Clock times ("à 8 h", "8 h 30") are not doses. A number written without its leading
// zero (",5 mg") is read as 0,5 and its range starts at the separator.
// `language` is the text's language ("fr", "en").
std::vector<Dose> find_doses(std::string_view text, const std::vector<Token>& tokens,
                             const std::vector<NumberMention>& numbers, std::string_view language);

} // namespace medloc
