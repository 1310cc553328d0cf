#include "checks/medical/review_no_digest_rule.h"

#include "approval/approval_digest.h"
#include "loading/article.h"

namespace medloc {

void ReviewNoDigestRule::check(const Article& article, CheckContext&, FindingSink& sink) const {
    const ApprovalCheck approval = check_approval(article);
    if (approval.state == ApprovalState::no_digest)
        sink.report(kInfo, article, article.review.source_offset,
                    "article marked approved without a digest of the reviewed content: nothing "
                    "binds the approval to this text; once reviewed, record it with medloc "
                    "approve --reviewer NAME " +
                        article.path());
    else if (approval.state == ApprovalState::unknown_version)
        sink.report(kInfo, article, article.review.source_offset,
                    "the approval's digest '" + approval.recorded_digest.substr(0, 12) +
                        "…' is of a form this medloc does not know (it reads v" +
                        std::to_string(kApprovalFormVersion) +
                        "): update medloc, or record the approval again with medloc approve");
}

} // namespace medloc
