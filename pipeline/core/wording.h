#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace medloc {

// "1 error", "2 errors", "0 files": a count and its English noun, plural unless the count
// is 1. `plural` for nouns that do not take an s.
std::string counted(long long count, std::string_view noun, std::string_view plural = {});

// The candidate closest to `typed` (Damerau–Levenshtein distance, case-insensitive), when
// it is close enough to be what was meant: at most 1 edit for words of up to 4
// characters, 2 up to 8, 3 beyond; ties go to the first candidate. For "did you mean".
std::optional<std::string> closest_match(std::string_view typed,
                                         const std::vector<std::string>& candidates);

} // namespace medloc
