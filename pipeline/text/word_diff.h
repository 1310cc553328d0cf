#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace medloc {

// A stretch of a word-by-word comparison of two texts.
struct DiffPiece {
    enum class Kind { same, removed, added };
    Kind kind = Kind::same;
    std::string text;
};

// The changes that turn `before` into `after`, word by word (a word, a run of white space
// and each other character are the units compared; a word is a run of letters, digits and
// any non-ASCII character), as a longest common subsequence gives them. Adjacent pieces of
// one kind are joined. Beyond `max_cells` (text/edit_script.h: table cells for the tokens
// after the common beginning) the rest of the texts is shown whole, removed then added:
// time and memory stay bounded.
std::vector<DiffPiece> word_diff(std::string_view before, std::string_view after,
                                 std::size_t max_cells = 4'000'000);

} // namespace medloc
