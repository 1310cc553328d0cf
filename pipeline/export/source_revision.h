#pragma once

#include <optional>
#include <string>

namespace medloc {

// The git commit checked out in the repository that holds `directory` (its HEAD, read
// from the .git files: no git command runs), or nullopt when it is not in a git work
// tree. Uncommitted changes are not seen.
std::optional<std::string> git_head_commit(const std::string& directory);

} // namespace medloc
