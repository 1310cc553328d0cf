#include "text/word_diff.h"

#include <algorithm>
#include <cstdint>

namespace medloc {

namespace {

bool is_word_byte(unsigned char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

bool is_space(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

std::vector<std::string_view> tokens(std::string_view text) {
    std::vector<std::string_view> found;
    std::size_t at = 0;
    while (at < text.size()) {
        const unsigned char first = static_cast<unsigned char>(text[at]);
        std::size_t end = at + 1;
        if (is_word_byte(first)) {
            while (end < text.size() && is_word_byte(static_cast<unsigned char>(text[end])))
                ++end;
        } else if (is_space(first)) {
            while (end < text.size() && is_space(static_cast<unsigned char>(text[end])))
                ++end;
        }
        found.push_back(text.substr(at, end - at));
        at = end;
    }
    return found;
}

void add(std::vector<DiffPiece>& pieces, DiffPiece::Kind kind, std::string_view text) {
    if (text.empty())
        return;
    if (!pieces.empty() && pieces.back().kind == kind)
        pieces.back().text += text;
    else
        pieces.push_back({kind, std::string(text)});
}

} // namespace

std::vector<DiffPiece> word_diff(std::string_view before, std::string_view after,
                                 std::size_t max_cells) {
    const std::vector<std::string_view> a = tokens(before);
    const std::vector<std::string_view> b = tokens(after);
    std::vector<DiffPiece> pieces;
    // The common prefix needs no table. (Not the common suffix: taken first, it would pull
    // an added sentence's repeated words to the left of where the sentence was added.)
    std::size_t prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        add(pieces, DiffPiece::Kind::same, a[prefix++]);
    const std::size_t n = a.size() - prefix;
    const std::size_t m = b.size() - prefix;
    if (n > 0 && m > 0 && n * m <= max_cells) {
        // lcs[i][j]: the longest common subsequence of a[prefix + i..] and b[prefix + j..].
        std::vector<std::uint32_t> lcs((n + 1) * (m + 1), 0);
        const auto at = [&](std::size_t i, std::size_t j) -> std::uint32_t& {
            return lcs[i * (m + 1) + j];
        };
        for (std::size_t i = n; i-- > 0;)
            for (std::size_t j = m; j-- > 0;)
                at(i, j) = a[prefix + i] == b[prefix + j] ? at(i + 1, j + 1) + 1
                                                          : std::max(at(i + 1, j), at(i, j + 1));
        // Forwards, a token that matches is taken at once: changes come as late as they can.
        std::size_t i = 0;
        std::size_t j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[prefix + i] == b[prefix + j]) {
                add(pieces, DiffPiece::Kind::same, a[prefix + i]);
                ++i;
                ++j;
            } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
                add(pieces, DiffPiece::Kind::removed, a[prefix + i++]);
            } else {
                add(pieces, DiffPiece::Kind::added, b[prefix + j++]);
            }
        }
    } else {
        for (std::size_t i = 0; i < n; ++i)
            add(pieces, DiffPiece::Kind::removed, a[prefix + i]);
        for (std::size_t j = 0; j < m; ++j)
            add(pieces, DiffPiece::Kind::added, b[prefix + j]);
    }
    return pieces;
}

} // namespace medloc
