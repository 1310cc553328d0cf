#include "checks/medical/review_missing_rule.h"

#include "checks/check_context.h"
#include "loading/article.h"

namespace medloc {

void ReviewMissingRule::check(const Article& article, CheckContext&, FindingSink& sink) const {
    if (article.review.status != "approved")
        return;
    std::string missing;
    if (article.review.reviewer.empty())
        missing = "reviewer";
    if (article.review.date.empty())
        missing += missing.empty() ? "date" : " and date";
    if (missing.empty())
        return;
    sink.report(kInfo, article, article.review.source_offset,
                "article marked approved without the review's " + missing +
                    ": say who approved it and when (<review status=\"approved\" reviewer=\"…\" "
                    "date=\"YYYY-MM-DD\"/>)");
}

} // namespace medloc
