#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace medloc {

enum class EditOp { keep, remove, add };

struct EditStep {
    EditOp op;
    std::size_t old_index; // the old item (keep, remove)
    std::size_t new_index; // the new item (keep, add)
};

// Appends to `steps` the edits that turn old items [first, old_end) into new items
// [first, new_end) along a longest common subsequence; `same(i, j)` says whether old item i
// and new item j are equal. Items that match are kept as soon as they come, so changes come
// as late as they can. Past `max_cells` cells of the table ((n + 1) * (m + 1)), the old
// items are all removed and the new ones added: still correct, only not the smallest, and
// time and memory stay bounded. The diffs of text/unified_diff (lines) and text/word_diff
// (words) are both this.
template <typename Same>
void append_edit_script(const Same& same, std::size_t first, std::size_t old_end,
                        std::size_t new_end, std::size_t max_cells, std::vector<EditStep>& steps) {
    const std::size_t n = old_end - first;
    const std::size_t m = new_end - first;
    if (n == 0 || m == 0 || (n + 1) * (m + 1) > max_cells) {
        for (std::size_t i = 0; i < n; ++i)
            steps.push_back({EditOp::remove, first + i, 0});
        for (std::size_t j = 0; j < m; ++j)
            steps.push_back({EditOp::add, 0, first + j});
        return;
    }
    // length[i][j]: the longest common subsequence of old[first + i..] and new[first + j..].
    std::vector<std::uint32_t> length((n + 1) * (m + 1), 0);
    const auto at = [&](std::size_t i, std::size_t j) -> std::uint32_t& {
        return length[i * (m + 1) + j];
    };
    for (std::size_t i = n; i-- > 0;)
        for (std::size_t j = m; j-- > 0;)
            at(i, j) = same(first + i, first + j) ? at(i + 1, j + 1) + 1
                                                  : std::max(at(i + 1, j), at(i, j + 1));
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && same(first + i, first + j)) {
            steps.push_back({EditOp::keep, first + i++, first + j++});
        } else if (j == m || (i < n && at(i + 1, j) >= at(i, j + 1))) {
            steps.push_back({EditOp::remove, first + i++, 0});
        } else {
            steps.push_back({EditOp::add, 0, first + j++});
        }
    }
}

} // namespace medloc
