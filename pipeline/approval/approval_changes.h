#pragma once

#include "approval/approval_digest.h"
#include "approval/approval_history.h"
#include "loading/article.h"

#include <optional>
#include <string>
#include <vector>

namespace medloc {

// A block that differs from the approved text.
struct BlockChange {
    enum class Kind { changed, added, removed };
    std::string block_id;
    Kind kind = Kind::changed;
    std::string before; // the approved text (empty when added or unknown)
    std::string after;  // the current text (empty when removed)
};

// What changed in an article since its approval: for a stale approval, the blocks that
// differ, with their approved text when git history holds it (the newest commit whose
// content has the approval's digest), else only their ids, from the per-block digests.
struct ApprovalChanges {
    ApprovalCheck check;
    std::optional<ApprovedVersion> approved; // when found in git
    std::string history_note;                // why not found; empty when found
    std::vector<BlockChange> blocks;
};

// `history`: whether to look in git at all (the review page bounds how many articles do).
ApprovalChanges approval_changes(const Article& article, bool history,
                                 const HistoryLimits& limits = {});

} // namespace medloc
