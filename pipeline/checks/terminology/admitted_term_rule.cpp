#include "checks/terminology/admitted_term_rule.h"

#include "checks/terminology/terminology_service.h"
#include "loading/article.h"

namespace medloc {

void AdmittedTermRule::check(const Article& article, CheckContext& context,
                             FindingSink& sink) const {
    for_each_term_match(
        article, context,
        [&](TerminologyService& terminology, const Block& block, const TermMatch& match) {
            if (match.term->status != TermStatus::admitted)
                return;
            const auto preferred =
                terminology.preferred_terms(*match.concept_entry, block.locale, match.term);
            if (preferred.empty())
                return;
            Finding& finding = sink.report(
                kInfo, article, block, match.begin, match.end, "terminology.admitted-term",
                {{"term", block.text.text().substr(match.begin, match.end - match.begin)},
                 {"concept", match.concept_entry->id},
                 {"preferred", preferred.front()->text}});
            for (const Term* term : preferred)
                finding.suggestions.push_back(term->text);
        });
}

} // namespace medloc
