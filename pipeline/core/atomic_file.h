#pragma once

#include "core/result.h"

#include <string>
#include <string_view>

namespace medloc {

// Writes `content` to a temporary file beside `path`, creating the missing folders (unnamed until
// complete where the file system allows, so that a killed run leaves nothing), flushes it to disk
// and renames it over `path`: readers see the old file or the new one, never half of one. On any
// error the temporary file is removed and the old file is left as it was. A run killed
// in the instant between naming the finished file and renaming it leaves a hidden
// temporary; the next write into that folder removes it (see atomic_file.cpp). The new file
// gets `permissions` (`medloc fix` keeps those of the file it rewrites).
Status write_file_atomically(const std::string& path, std::string_view content,
                             unsigned permissions = 0644);

} // namespace medloc
