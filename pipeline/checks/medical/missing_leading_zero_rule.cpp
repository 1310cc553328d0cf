#include "checks/medical/missing_leading_zero_rule.h"

#include "checks/check_context.h"
#include "loading/article.h"

namespace medloc {

void MissingLeadingZeroRule::check(const Article& article, CheckContext& context,
                                   FindingSink& sink) const {
    for (const Block& block : article.blocks) {
        const std::string_view text = block.text.text();
        for (const Dose& dose : context.doses(block)) {
            for (const TextRange& range : dose.numbers) {
                const char first = text[range.first];
                if (first != ',' && first != '.')
                    continue;
                const std::string fixed =
                    "0" + std::string(text.substr(range.first, range.second - range.first));
                Finding& finding =
                    sink.report(kInfo, article, block, range.first, range.second,
                                "medical.missing-leading-zero",
                                {{"dose", std::string(dose.in(text))}, {"fixed", fixed}});
                finding.suggestions = {fixed};
            }
        }
    }
}

} // namespace medloc
