#include "checks/medical/review_stale_rule.h"

#include "approval/approval_digest.h"
#include "loading/article.h"

namespace medloc {

namespace {

// One kind of change as the catalogue message reads it: the ids ("none" when there are
// none), their count (NAMEcount), and whether a part before it was named (NAMEafter: then
// "; " comes first).
void add_part(std::vector<MessageArgument>& arguments, const std::string& name,
              const std::vector<std::string>& ids, bool& earlier) {
    std::string list;
    for (const std::string& id : ids)
        list += (list.empty() ? "" : ", ") + id;
    arguments.push_back({name, ids.empty() ? "none" : list});
    arguments.push_back({name + "count", std::to_string(ids.size()), true});
    arguments.push_back({name + "after", earlier ? "yes" : "no"});
    earlier = earlier || !ids.empty();
}

} // namespace

void ReviewStaleRule::check(const Article& article, CheckContext&, FindingSink& sink) const {
    const ApprovalCheck approval = check_approval(article);
    if (approval.state != ApprovalState::stale)
        return;
    std::vector<MessageArgument> arguments = {
        {"date", article.review.date.empty() ? "none" : article.review.date},
        {"kind", !approval.blocks_known    ? "unnamed"
                 : approval.reordered_only ? "moved"
                                           : "blocks"}};
    bool earlier = false;
    add_part(arguments, "changed", approval.changed, earlier);
    add_part(arguments, "added", approval.added, earlier);
    add_part(arguments, "removed", approval.removed, earlier);
    Finding& finding = sink.report(kInfo, article, article.review.source_offset,
                                   "medical.review-stale", std::move(arguments));
    // The first changed block is where a reader looks; the message names them all.
    if (!approval.changed.empty())
        finding.block_id = approval.changed.front();
    else if (!approval.added.empty())
        finding.block_id = approval.added.front();
}

} // namespace medloc
