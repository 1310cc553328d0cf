#include "checks/medical/review_stale_rule.h"

#include "approval/approval_digest.h"
#include "loading/article.h"

namespace medloc {

void ReviewStaleRule::check(const Article& article, CheckContext&, FindingSink& sink) const {
    const ApprovalCheck approval = check_approval(article);
    if (approval.state != ApprovalState::stale)
        return;
    std::string message = "the content changed after the medical review";
    if (!article.review.date.empty())
        message += " of " + article.review.date;
    message += ": " + approval.describe_changes() +
               "; have it reviewed again and record the approval with medloc approve";
    Finding& finding = sink.report(kInfo, article, article.review.source_offset, message);
    // The first changed block is where a reader looks; the message names them all.
    if (!approval.changed.empty())
        finding.block_id = approval.changed.front();
    else if (!approval.added.empty())
        finding.block_id = approval.added.front();
}

} // namespace medloc
