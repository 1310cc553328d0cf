#pragma once

#include "core/result.h"
#include "loading/source_file.h"

#include <cstddef>
#include <optional>
#include <string>

namespace medloc {

// An earlier version of an article file, from git.
struct ApprovedVersion {
    std::string commit; // full hash
    std::string date;   // the commit's date, YYYY-MM-DD
    std::string content;
};

struct HistoryLimits {
    std::size_t max_commits = 100; // of the file's history looked at, newest first
    ReadLimits read;
};

// The content the approval was given to: the newest version of the file at `path`, among
// its last `max_commits` commits in the git repository that holds it, whose content digest
// (approval/approval_digest.h) is `approved_digest`. nullopt when none is; an Error when git
// cannot be run or the file is not in a git work tree. Git runs as a program, never through
// a shell, each call bounded in time and output (core/program_run.h).
Result<std::optional<ApprovedVersion>> find_approved_version(const std::string& path,
                                                             const std::string& approved_digest,
                                                             const HistoryLimits& limits = {});

} // namespace medloc
