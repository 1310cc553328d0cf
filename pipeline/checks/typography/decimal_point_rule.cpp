#include "checks/typography/decimal_point_rule.h"

#include "checks/typography/typography_block.h"

namespace medloc {

void DecimalPointRule::check(const Article& article, CheckContext& context,
                             FindingSink& sink) const {
    for_each_typography_block(article, context, true, [&](const TypographyBlock& view) {
        const auto n = static_cast<std::ptrdiff_t>(view.points.size());
        for (std::ptrdiff_t i = 0; i < n; ++i) {
            if (!is_digit(view.at(i)))
                continue;
            const char32_t before = view.at(i - 1);
            std::ptrdiff_t end = i;
            while (end < n && is_digit(view.at(end)))
                ++end;
            const std::ptrdiff_t integer_end = end;
            const bool starts_number = !(is_letter(before) || before == U'.' || before == U',');
            if (!starts_number || view.at(end) != U'.' || !is_digit(view.at(end + 1))) {
                i = end;
                continue;
            }
            std::ptrdiff_t fraction_end = end + 1;
            while (fraction_end < n && is_digit(view.at(fraction_end)))
                ++fraction_end;
            // 1.2.3 (versions, dates) and web addresses are not decimal numbers.
            if ((view.at(fraction_end) == U'.' && is_digit(view.at(fraction_end + 1))) ||
                view.in_url(static_cast<std::size_t>(end))) {
                i = fraction_end;
                continue;
            }
            const auto first = static_cast<std::size_t>(i);
            const auto last = static_cast<std::size_t>(fraction_end);
            const std::string integer = view.slice(first, static_cast<std::size_t>(integer_end));
            const std::string fraction = view.slice(static_cast<std::size_t>(end + 1), last);
            Finding& finding =
                sink.report(kInfo, article, view.block, view.offset(first), view.offset(last),
                            "typography.decimal-point", {{"number", integer + "," + fraction}});
            finding.suggestions = {integer + "," + fraction};
            // 1.000 may be a thousands separator: offer 1 000 as well, and fix neither
            // (which one was meant is for a person to say).
            if (fraction.size() == 3 && integer.size() <= 3)
                finding.suggestions.push_back(integer + "\u202F" + fraction);
            else
                attach_fix(finding, article, view.block, view.offset(first), view.offset(last),
                           integer + "," + fraction);
            i = fraction_end;
        }
    });
}

} // namespace medloc
