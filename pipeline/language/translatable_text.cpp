#include "language/translatable_text.h"

#include <algorithm>

namespace medloc {

bool has_translatable_word(std::string_view text, const std::vector<Token>& tokens) {
    for (const Token& token : tokens) {
        if (token.kind != TokenKind::word || token.end - token.begin < 4)
            continue;
        const std::string_view word = token.in(text);
        const bool has_digit =
            std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (!has_digit &&
            std::any_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
            return true;
    }
    return false;
}

} // namespace medloc
