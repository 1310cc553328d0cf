#include "checks/typography/number_unit_space_rule.h"

#include "checks/typography/typography_block.h"
#include "text/utf8.h"

namespace medloc {

namespace {

// Length in code points of the unit of `units` that starts at `at` and ends at a word
// boundary (the longest), or 0.
std::size_t unit_at(const TypographyBlock& view, std::size_t at,
                    const std::vector<std::string>& units) {
    std::size_t best = 0;
    for (const std::string& unit : units) {
        const std::size_t length = utf8::length(unit);
        if (length <= best || at + length > view.points.size())
            continue;
        if (view.slice(at, at + length) != unit)
            continue;
        const char32_t after = view.at(static_cast<std::ptrdiff_t>(at + length));
        // "3 l’enfant": an apostrophe after the letter makes it a word, not a unit.
        if (is_letter(after) || is_digit(after) || after == U'\'' || after == U'\u2019')
            continue;
        best = length;
    }
    return best;
}

bool is_symbol_unit(std::string_view unit) {
    return unit == "%" || unit.starts_with("°");
}

} // namespace

void NumberUnitSpaceRule::check(const Article& article, CheckContext& context,
                                FindingSink& sink) const {
    for_each_typography_block(article, context, false, [&](const TypographyBlock& view) {
        const bool french = view.profile.french_spacing;
        const auto n = view.points.size();
        for (std::size_t i = 0; i < n; ++i) {
            if (!is_digit(view.points[i].value))
                continue;
            const char32_t before = view.at(static_cast<std::ptrdiff_t>(i) - 1);
            std::size_t end = i;
            while (end < n &&
                   (is_digit(view.points[end].value) ||
                    ((view.points[end].value == U',' || view.points[end].value == U'.') &&
                     end + 1 < n && is_digit(view.points[end + 1].value))))
                ++end;
            const bool starts_number = !(is_letter(before) || is_digit(before) || before == U'-');
            if (!starts_number || end >= n || view.in_url(i)) {
                i = end;
                continue;
            }
            const std::string number = view.slice(i, end);
            const std::string space = "\u00A0";
            if (const std::size_t length = unit_at(view, end, view.profile.units)) {
                const std::string unit = view.slice(end, end + length);
                if (french || !is_symbol_unit(unit))
                    view.report(sink, kInfo, i, end + length,
                                "number glued to its unit: write '" + number + " " + unit + "'",
                                number + space + unit);
            } else if (french && is_plain_space(view.points[end].value)) {
                if (const std::size_t after = unit_at(view, end + 1, view.profile.units)) {
                    const std::string unit = view.slice(end + 1, end + 1 + after);
                    view.report(sink, kInfo, i, end + 1 + after,
                                "breaking space between '" + number + "' and '" + unit +
                                    "': use a no-break space",
                                number + space + unit);
                }
            }
            i = end;
        }
    });
}

} // namespace medloc
