#include "checks/typography/nbsp_missing_rule.h"

#include "checks/typography/french_punctuation.h"

namespace medloc {

void NbspMissingRule::check(const Article& article, CheckContext& context,
                            FindingSink& sink) const {
    for_each_typography_block(article, context, true, [&](const TypographyBlock& view) {
        const std::string& space = space_;
        for (const SpacingSite& site : french_spacing_sites(view)) {
            if (site.space_first != site.space_last)
                continue;
            const std::string mark = utf8_of(view.points[site.mark_index].value);
            view.report(sink, kInfo, site.mark_index, site.mark_index + 1,
                        site.after_mark ? "typography.nbsp-missing.after"
                                        : "typography.nbsp-missing.before",
                        {{"mark", mark}}, site.after_mark ? mark + space : space + mark);
        }
    });
}

} // namespace medloc
