#pragma once

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

namespace medloc {

using TextRange = std::pair<std::size_t, std::size_t>; // [begin, end) byte offsets

// URLs (http://…, www.…), e-mail addresses and bare domain names (ameli.fr): text that
// spelling and typography checks must leave alone.
std::vector<TextRange> find_url_ranges(std::string_view text);

// Whether [begin, end) meets one of `ranges`, which are sorted and disjoint (as
// find_url_ranges returns them): a binary search.
bool overlaps(const std::vector<TextRange>& ranges, std::size_t begin, std::size_t end);

} // namespace medloc
