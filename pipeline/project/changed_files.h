#pragma once

#include "config/config.h"
#include "core/result.h"

#include <string>
#include <vector>

namespace medloc {

// `check --changed-since REF`: of `files`, those to check after the changes since the git
// revision REF (committed, staged, unstaged and untracked), in the work tree that holds
// the project root: the changed articles and XLIFF files, and the translations of a
// changed article (its units may have gone stale). A change to the termbase, a word list,
// a schema or medloc.ini touches every file: then all `files` are returned. Git runs as a
// program with REF as one argument, never through a shell.
Result<std::vector<std::string>> files_changed_since(const Config& config, const std::string& ref,
                                                     const std::vector<std::string>& files);

} // namespace medloc
