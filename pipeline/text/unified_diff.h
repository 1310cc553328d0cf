#pragma once

#include <string>
#include <string_view>

namespace medloc {

// A unified diff (`diff -u` form: ---/+++ headers, @@ hunks with three lines of context)
// from `before` to `after`, or an empty string when they are equal. Lines end at LF (a CR
// before it stays part of the line). Lines are matched by a longest common subsequence
// over the part between the common head and tail, which is what a fix changes; past
// `max_cells` comparisons the whole middle part is one replacement (still a correct
// diff, only not the smallest).
std::string unified_diff(std::string_view old_name, std::string_view new_name,
                         std::string_view before, std::string_view after,
                         std::size_t max_cells = 4'000'000);

} // namespace medloc
