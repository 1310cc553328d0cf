#include "checks/typography/double_space_rule.h"

#include "checks/typography/typography_block.h"

namespace medloc {

void DoubleSpaceRule::check(const Article& article, CheckContext& context,
                            FindingSink& sink) const {
    for_each_typography_block(article, context, false, [&](const TypographyBlock& view) {
        std::size_t i = 0;
        while (i < view.points.size()) {
            if (!is_any_space(view.points[i].value)) {
                ++i;
                continue;
            }
            std::size_t last = i;
            char32_t kept = U' ';
            while (last < view.points.size() && is_any_space(view.points[last].value)) {
                if (is_no_break_space(view.points[last].value))
                    kept = view.points[last].value;
                ++last;
            }
            if (last - i >= 2)
                view.report(sink, kInfo, i, last, "typography.double-space",
                            {{"count", std::to_string(last - i), true}}, utf8_of(kept));
            i = last;
        }
    });
}

} // namespace medloc
