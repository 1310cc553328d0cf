#pragma once

#include "core/result.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace medloc {

// One file of a kit (or of what came back): its path inside the kit, always with '/'.
struct KitEntry {
    std::string path;
    std::string content;
};

// What reading a returned kit takes at most. A return comes from outside the project: an
// archive that goes beyond these (a zip bomb, a million entries) is refused, not unpacked.
struct KitReadLimits {
    std::uint64_t max_entry_bytes = 64ull << 20; // limits.max-file-size
    std::uint64_t max_total_bytes = 1ull << 30;
    std::size_t max_entries = 10000;
};

// The files of a returned kit: a zip or tar(.gz) archive, or a directory. The whole return
// is refused (an Error naming the entry) when an entry is not a regular file (a symbolic or
// hard link, a device), its name is absolute, climbs out ("..") or is not plain text, two
// entries have the same name (even in another case), an entry or the total is larger than
// the limits, there are too many entries, or the archive is damaged or truncated. Entries
// come back sorted by path. Nothing is ever written: entries are read into memory.
Result<std::vector<KitEntry>> read_returned_kit(const std::string& path,
                                                const KitReadLimits& limits);

// Whether `path` is a name a kit entry may have (see read_returned_kit).
bool is_safe_entry_name(const std::string& path);

} // namespace medloc
