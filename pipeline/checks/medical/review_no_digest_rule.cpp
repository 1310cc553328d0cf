#include "checks/medical/review_no_digest_rule.h"

#include "approval/approval_digest.h"
#include "loading/article.h"

namespace medloc {

void ReviewNoDigestRule::check(const Article& article, CheckContext&, FindingSink& sink) const {
    const ApprovalCheck approval = check_approval(article);
    if (approval.state == ApprovalState::no_digest)
        sink.report(kInfo, article, article.review.source_offset, "medical.review-no-digest",
                    {{"path", article.path()}});
    else if (approval.state == ApprovalState::unknown_version)
        sink.report(kInfo, article, article.review.source_offset,
                    "medical.review-no-digest.unknown-version",
                    {{"digest", approval.recorded_digest.substr(0, 12)},
                     {"version", std::to_string(kApprovalFormVersion)}});
}

} // namespace medloc
