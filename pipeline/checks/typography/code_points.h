#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace medloc {

// A block's text as code points with their byte ranges: typography rules look at
// neighbouring characters, which UTF-8 bytes make awkward.
struct CodePoint {
    char32_t value = 0;
    std::size_t begin = 0;
    std::size_t end = 0;
};

std::vector<CodePoint> code_points(std::string_view text);

bool is_letter(char32_t c);
inline bool is_digit(char32_t c) {
    return c >= U'0' && c <= U'9';
}
inline bool is_plain_space(char32_t c) {
    return c == U' ' || c == U'\t';
}
bool is_any_space(char32_t c); // plain, no-break or narrow no-break

std::string utf8_of(char32_t c);

} // namespace medloc
