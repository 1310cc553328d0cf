#include "checks/typography/space_before_comma_rule.h"

#include "checks/typography/typography_block.h"

namespace medloc {

void SpaceBeforeCommaRule::check(const Article& article, CheckContext& context,
                                 FindingSink& sink) const {
    for_each_typography_block(article, context, false, [&](const TypographyBlock& view) {
        const auto n = static_cast<std::ptrdiff_t>(view.points.size());
        for (std::ptrdiff_t i = 1; i < n; ++i) {
            const char32_t c = view.at(i);
            if ((c != U'.' && c != U',') || !is_any_space(view.at(i - 1)))
                continue;
            // ",5 mg" is a number (missing its zero), "..." an ellipsis: not this rule.
            if (is_digit(view.at(i + 1)) || (c == U'.' && view.at(i + 1) == U'.'))
                continue;
            std::ptrdiff_t first = i - 1;
            while (first > 0 && is_any_space(view.at(first - 1)))
                --first;
            if (first == 0 || view.in_url(static_cast<std::size_t>(i)))
                continue;
            const std::string mark = utf8_of(c);
            view.report(sink, kInfo, static_cast<std::size_t>(first),
                        static_cast<std::size_t>(i) + 1, "typography.space-before-comma",
                        {{"mark", mark}}, mark);
        }
    });
}

} // namespace medloc
