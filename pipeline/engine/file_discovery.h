#pragma once

#include "core/result.h"

#include <string>
#include <string_view>
#include <vector>

namespace medloc {

// Expands files and directories into the sorted list of files to check. Directories are
// walked recursively for files ending in one of `extensions`; hidden entries are skipped. A
// named path that does not exist is an error (a usage mistake, not a finding).
Result<std::vector<std::string>> discover_files(const std::vector<std::string>& inputs,
                                                const std::vector<std::string_view>& extensions);

} // namespace medloc
