#include "text/unified_diff.h"

#include "text/edit_script.h"

#include <algorithm>
#include <vector>

namespace medloc {

namespace {

// Lines without their LF; `complete` is false when the text does not end with one.
struct Lines {
    std::vector<std::string_view> items;
    bool complete = true;
};

Lines split_lines(std::string_view text) {
    Lines lines;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) {
            lines.items.push_back(text.substr(start));
            lines.complete = false;
            break;
        }
        lines.items.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

std::string range_of(std::size_t start, std::size_t count) {
    // `diff -u`: the first line (1-based) and the count, ",1" left out; an empty range
    // names the line before it.
    std::string text = std::to_string(count == 0 ? start : start + 1);
    if (count != 1)
        text += "," + std::to_string(count);
    return text;
}

} // namespace

std::string unified_diff(std::string_view old_name, std::string_view new_name,
                         std::string_view before, std::string_view after, std::size_t max_cells) {
    if (before == after)
        return {};
    const Lines a = split_lines(before);
    const Lines b = split_lines(after);
    // The last lines differ when only one of them ends with a line feed.
    const auto same = [&](std::size_t i, std::size_t j) {
        const bool a_last = i + 1 == a.items.size();
        const bool b_last = j + 1 == b.items.size();
        const bool a_open = a_last && !a.complete;
        const bool b_open = b_last && !b.complete;
        return a.items[i] == b.items[j] && a_open == b_open;
    };
    std::size_t head = 0;
    while (head < a.items.size() && head < b.items.size() && same(head, head))
        ++head;
    std::size_t old_end = a.items.size();
    std::size_t new_end = b.items.size();
    while (old_end > head && new_end > head && same(old_end - 1, new_end - 1)) {
        --old_end;
        --new_end;
    }
    std::vector<EditStep> steps;
    for (std::size_t i = 0; i < head; ++i)
        steps.push_back({EditOp::keep, i, i});
    append_edit_script(same, head, old_end, new_end, max_cells, steps);
    for (std::size_t i = old_end, j = new_end; i < a.items.size(); ++i, ++j)
        steps.push_back({EditOp::keep, i, j});

    constexpr std::size_t kContext = 3;
    std::string out = "--- " + std::string(old_name) + "\n+++ " + std::string(new_name) + "\n";
    std::size_t k = 0;
    while (k < steps.size()) {
        if (steps[k].op == EditOp::keep) {
            ++k;
            continue;
        }
        // A hunk: from kContext kept lines before the change to kContext after the last
        // change that is no further than 2 * kContext kept lines from the next.
        std::size_t first = k >= kContext ? k - kContext : 0;
        while (first < k && steps[first].op != EditOp::keep)
            ++first;
        std::size_t last = k;
        for (std::size_t scan = k; scan < steps.size(); ++scan) {
            if (steps[scan].op != EditOp::keep) {
                last = scan;
                continue;
            }
            if (scan - last > 2 * kContext)
                break;
        }
        const std::size_t end = std::min(steps.size(), last + 1 + kContext);
        std::size_t old_start = 0, old_count = 0, new_start = 0, new_count = 0;
        bool old_seen = false, new_seen = false;
        std::string body;
        for (std::size_t s = first; s < end; ++s) {
            const EditStep& step = steps[s];
            const bool uses_old = step.op != EditOp::add;
            const bool uses_new = step.op != EditOp::remove;
            if (uses_old && !old_seen) {
                old_start = step.old_index;
                old_seen = true;
            }
            if (uses_new && !new_seen) {
                new_start = step.new_index;
                new_seen = true;
            }
            old_count += uses_old;
            new_count += uses_new;
            const bool open = uses_old ? (step.old_index + 1 == a.items.size() && !a.complete)
                                       : (step.new_index + 1 == b.items.size() && !b.complete);
            const char mark = step.op == EditOp::keep ? ' ' : step.op == EditOp::remove ? '-' : '+';
            body += mark;
            body += uses_old ? a.items[step.old_index] : b.items[step.new_index];
            body += '\n';
            if (open)
                body += "\\ No newline at end of file\n";
        }
        // A side without lines in the hunk is an empty file (any other hunk has context).
        if (!old_seen)
            old_start = 0;
        if (!new_seen)
            new_start = 0;
        out += "@@ -" + range_of(old_start, old_count) + " +" + range_of(new_start, new_count) +
               " @@\n" + body;
        k = end;
    }
    return out;
}

} // namespace medloc
