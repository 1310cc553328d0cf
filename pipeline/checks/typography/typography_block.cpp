#include "checks/typography/typography_block.h"

namespace medloc {

void TypographyBlock::report(FindingSink& sink, const RuleInfo& rule, std::size_t first,
                             std::size_t last, std::string_view message_id,
                             std::vector<MessageArgument> arguments,
                             std::string replacement) const {
    Finding& finding = sink.report(rule, article, block, offset(first), offset(last), message_id,
                                   std::move(arguments));
    finding.suggestions = {replacement};
    attach_fix(finding, article, block, offset(first), offset(last), std::move(replacement));
}

void for_each_typography_block(const Article& article, CheckContext& context, bool french_only,
                               const std::function<void(const TypographyBlock&)>& visit) {
    for (const Block& block : article.blocks) {
        const LanguageProfile& profile = context.profile(block.locale);
        if (french_only && !profile.french_spacing)
            continue;
        const TypographyBlock view{article,
                                   block,
                                   profile,
                                   block.text.text(),
                                   code_points(block.text.text()),
                                   context.url_ranges(block)};
        visit(view);
    }
}

} // namespace medloc
