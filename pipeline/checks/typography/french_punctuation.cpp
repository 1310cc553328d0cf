#include "checks/typography/french_punctuation.h"

namespace medloc {

std::string preferred_no_break_space(const RuleOptions& options) {
    return options.text(kNoBreakSpaceOption) == "narrow" ? "\u202F" : "\u00A0";
}

namespace {

bool is_high_mark(char32_t c) {
    return c == U':' || c == U';' || c == U'!' || c == U'?';
}

} // namespace

std::vector<SpacingSite> french_spacing_sites(const TypographyBlock& view) {
    std::vector<SpacingSite> sites;
    const auto n = static_cast<std::ptrdiff_t>(view.points.size());
    for (std::ptrdiff_t i = 0; i < n; ++i) {
        const char32_t c = view.at(i);
        const auto index = static_cast<std::size_t>(i);
        if (c == U'«') {
            std::ptrdiff_t next = i + 1;
            while (next < n && is_any_space(view.at(next)))
                ++next;
            if (next >= n || view.in_url(index))
                continue;
            sites.push_back({index, index + 1, static_cast<std::size_t>(next), true});
            continue;
        }
        if (!is_high_mark(c) && c != U'»')
            continue;
        if (view.in_url(index))
            continue;
        // 14:30, 1:1000: a colon between digits is not punctuation.
        if (c == U':' && is_digit(view.at(i - 1)) && is_digit(view.at(i + 1)))
            continue;
        std::ptrdiff_t first = i;
        while (first > 0 && is_any_space(view.at(first - 1)))
            --first;
        if (first == 0)
            continue; // nothing before the mark in this block
        const char32_t before = view.at(first - 1);
        // In "?!" or "!!" only the first mark takes the space; "(?)" needs none.
        if (is_high_mark(before) || before == U'(' || before == U'«')
            continue;
        sites.push_back({index, static_cast<std::size_t>(first), index, false});
    }
    return sites;
}

} // namespace medloc
