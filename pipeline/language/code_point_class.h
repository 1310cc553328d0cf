#pragma once

#include <cstddef>
#include <string_view>

namespace medloc {

// Whether the code point that starts at `position` of UTF-8 `text` is a letter or a
// digit (ICU, any script); false past the end or on a malformed sequence.
bool is_alnum_at(std::string_view text, std::size_t position);

// Whether the code point that ends just before `position` is a letter or a digit.
bool is_alnum_before(std::string_view text, std::size_t position);

} // namespace medloc
