#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace medloc::utf8 {

inline constexpr char32_t kInvalid = 0xFFFFFFFF;

struct Decoded {
    char32_t code_point = kInvalid; // kInvalid for a malformed sequence
    std::size_t length = 1;         // bytes consumed; 1 for a malformed sequence
};

// Decodes the code point that starts at `offset`. Rejects overlong forms, surrogates
// and values above U+10FFFF, as RFC 3629 requires.
Decoded decode(std::string_view text, std::size_t offset);

// Byte offset of the first malformed sequence, or nullopt when `text` is valid UTF-8.
std::optional<std::size_t> first_invalid(std::string_view text);

void append(std::string& out, char32_t code_point);

inline bool is_continuation(unsigned char byte) {
    return (byte & 0xC0) == 0x80;
}

// Number of code points in a valid UTF-8 string.
std::size_t length(std::string_view text);

inline constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

} // namespace medloc::utf8
