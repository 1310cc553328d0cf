#include "checks/terminology/deprecated_term_rule.h"

#include "checks/terminology/terminology_service.h"
#include "loading/article.h"

namespace medloc {

void DeprecatedTermRule::check(const Article& article, CheckContext& context,
                               FindingSink& sink) const {
    for_each_term_match(
        article, context,
        [&](TerminologyService& terminology, const Block& block, const TermMatch& match) {
            const TermStatus status = match.term->status;
            if (status != TermStatus::deprecated && status != TermStatus::superseded)
                return;
            const auto preferred =
                terminology.preferred_terms(*match.concept_entry, block.locale, match.term);
            std::vector<MessageArgument> arguments = {
                {"status", std::string(to_string(status))},
                {"term", block.text.text().substr(match.begin, match.end - match.begin)},
                {"concept", match.concept_entry->id}};
            if (!preferred.empty())
                arguments.push_back({"preferred", preferred.front()->text});
            Finding& finding = sink.report(kInfo, article, block, match.begin, match.end,
                                           preferred.empty() ? "terminology.deprecated-term"
                                                             : "terminology.deprecated-term.use",
                                           std::move(arguments));
            for (const Term* term : preferred)
                finding.suggestions.push_back(term->text);
        });
}

} // namespace medloc
