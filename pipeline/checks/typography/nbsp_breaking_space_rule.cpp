#include "checks/typography/nbsp_breaking_space_rule.h"

#include "checks/typography/french_punctuation.h"

namespace medloc {

void NbspBreakingSpaceRule::check(const Article& article, CheckContext& context,
                                  FindingSink& sink) const {
    for_each_typography_block(article, context, true, [&](const TypographyBlock& view) {
        const std::string& space = space_;
        for (const SpacingSite& site : french_spacing_sites(view)) {
            bool breaking = false;
            for (std::size_t i = site.space_first; i < site.space_last; ++i)
                breaking = breaking || is_plain_space(view.points[i].value);
            if (!breaking)
                continue;
            const std::string mark = utf8_of(view.points[site.mark_index].value);
            if (site.after_mark)
                view.report(sink, kInfo, site.mark_index, site.space_last,
                            "typography.nbsp-breaking-space.after", {{"mark", mark}}, mark + space);
            else
                view.report(sink, kInfo, site.space_first, site.mark_index + 1,
                            "typography.nbsp-breaking-space.before", {{"mark", mark}},
                            space + mark);
        }
    });
}

} // namespace medloc
