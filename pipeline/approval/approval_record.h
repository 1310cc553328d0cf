#pragma once

#include "approval/approval_digest.h"
#include "core/result.h"
#include "loading/article.h"
#include "loading/markup_tree.h"
#include "loading/source_file.h"
#include "loading/xml_schema.h"

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

namespace medloc {

struct ApprovalRecord {
    std::string reviewer; // a name: no control character, white space collapsed
    std::string date;     // YYYY-MM-DD
};

// A reviewer's name as the review element keeps it (white-space runs one space, none at
// the ends), or an Error when it cannot be one (empty, control characters, not UTF-8).
Result<std::string> reviewer_name(std::string_view name);

// The article's bytes with its review element replaced by an approval of its current
// content: status, reviewer, date, digest and block digests (docs/formats/approval.md), on
// one line so that no line below moves. Every byte outside the review element is kept;
// namespace declarations on it are kept as written. `tree` is the markup of `article`'s
// source.
Result<std::string> record_approval(const Article& article, const MarkupTree& tree,
                                    const ApprovalRecord& record);

// Whether `record` may be written: its reviewer is one of `allowed_reviewers` (when that
// list is not empty: medloc.ini's review.reviewers) and its date is a real day, not after
// `today`.
Status approval_allowed(const ApprovalRecord& record,
                        const std::vector<std::string>& allowed_reviewers,
                        std::chrono::year_month_day today);

struct PreparedApproval {
    std::string path;
    std::string content;    // the article's bytes with the approval recorded
    bool unchanged = false; // the file records this very approval already
    ApprovalState before = ApprovalState::not_approved;
};

// Reads the article at `path`, refuses it when it is not well-formed and valid against
// `schema` (the error lists the problems, one "path:line:column: message" per line), and
// returns its bytes with the approval recorded, checked: the result is valid and its
// digest is current.
Result<PreparedApproval> prepare_approval(const std::string& path, const XmlSchema& schema,
                                          const ReadLimits& limits, const ApprovalRecord& record);

} // namespace medloc
