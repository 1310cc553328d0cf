#pragma once

#include "language/word_tokenizer.h"

#include <string_view>
#include <vector>

namespace medloc {

// Whether a text holds a word a translation would change: a word of four letters or more,
// without digits and with a lower-case letter. Text that is the same in every language (a
// number, an acronym such as IST, a code such as HbA1c, a short name) may be copied from the
// source as it is. `tokens` are the text's tokens (WordTokenizer).
bool has_translatable_word(std::string_view text, const std::vector<Token>& tokens);

} // namespace medloc
