#pragma once

#include "approval/approval_record.h"
#include "config/config.h"
#include "core/result.h"

#include <optional>
#include <string>
#include <vector>

namespace medloc {

struct ApprovalRequest {
    std::string reviewer;
    std::optional<std::string> date; // YYYY-MM-DD; none: today (medical.today, else the clock)
    std::vector<std::string> paths;  // the article files approved, each named
};

// The approval `approve` records, checked before any article is read: the reviewer is one
// of review.reviewers (when listed), the date a real day not after today, and every path a
// regular file (approve names each file it approves, never a folder). Errors are usage
// errors.
[[nodiscard]] Result<ApprovalRecord> approval_record_for(const Settings& settings,
                                                         const ApprovalRequest& request);

// Every article read, checked against schemas/article.xsd and given the approval in memory:
// one refused, none may be written.
struct [[nodiscard]] PreparedApprovals {
    std::vector<PreparedApproval> approvals; // of the articles that can be approved, in order
    std::vector<std::string> refusals;       // why the others cannot, one message each
};

// An Error: the article schema cannot be found or compiled.
[[nodiscard]] Result<PreparedApprovals> prepare_approvals(const Config& config,
                                                          const ApprovalRecord& record,
                                                          const std::vector<std::string>& paths);

struct ApprovalWritten {
    std::string path;
    bool unchanged = false; // it recorded this very approval already: not written
    bool was_stale = false; // the approval it replaced no longer covered its content
};

struct [[nodiscard]] ApprovalWrites {
    std::vector<ApprovalWritten> files; // in order, up to the one that failed
    std::optional<std::string> error;   // a write failed: the files after it were not written
};

// Writes the approvals, each file atomically, in order; stops at the first failure.
[[nodiscard]] ApprovalWrites write_approvals(const PreparedApprovals& prepared);

} // namespace medloc
