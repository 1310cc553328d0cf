#include "checks/medical/review_missing_rule.h"

#include "checks/check_context.h"
#include "loading/article.h"

namespace medloc {

void ReviewMissingRule::check(const Article& article, CheckContext&, FindingSink& sink) const {
    if (article.review.status != "approved")
        return;
    const bool no_reviewer = article.review.reviewer.empty();
    const bool no_date = article.review.date.empty();
    if (!no_reviewer && !no_date)
        return;
    // What is missing, as the catalogue message selects it.
    const char* missing = no_reviewer && no_date ? "both" : no_reviewer ? "reviewer" : "date";
    sink.report(kInfo, article, article.review.source_offset, "medical.review-missing",
                {{"missing", missing}});
}

} // namespace medloc
