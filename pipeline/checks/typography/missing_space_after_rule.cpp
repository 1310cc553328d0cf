#include "checks/typography/missing_space_after_rule.h"

#include "checks/typography/typography_block.h"

namespace medloc {

void MissingSpaceAfterRule::check(const Article& article, CheckContext& context,
                                  FindingSink& sink) const {
    for_each_typography_block(article, context, false, [&](const TypographyBlock& view) {
        for (std::size_t i = 0; i + 1 < view.points.size(); ++i) {
            const char32_t c = view.points[i].value;
            if (c != U':' && c != U';' && c != U'!' && c != U'?')
                continue;
            if (!is_letter(view.points[i + 1].value) || view.in_url(i) || i == 0)
                continue;
            const std::string mark = utf8_of(c);
            view.report(sink, kInfo, i, i + 1, "typography.missing-space-after", {{"mark", mark}},
                        mark + " ");
        }
    });
}

} // namespace medloc
