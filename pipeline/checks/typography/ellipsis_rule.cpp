#include "checks/typography/ellipsis_rule.h"

#include "checks/typography/typography_block.h"

namespace medloc {

void EllipsisRule::check(const Article& article, CheckContext& context, FindingSink& sink) const {
    for_each_typography_block(article, context, true, [&](const TypographyBlock& view) {
        std::size_t i = 0;
        while (i < view.points.size()) {
            std::size_t last = i;
            while (last < view.points.size() && view.points[last].value == U'.')
                ++last;
            if (last - i == 3 && !view.in_url(i))
                view.report(sink, kInfo, i, last, "typography.ellipsis", {}, "…");
            i = last > i ? last : i + 1;
        }
    });
}

} // namespace medloc
