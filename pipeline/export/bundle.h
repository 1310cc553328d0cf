#pragma once

#include "core/result.h"

#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace medloc {

inline constexpr int kBundleFormatVersion = 1;

// One file of a bundle: its path inside the bundle ("en-US/fievre-enfant.json", always
// with '/') and its bytes.
struct BundleFile {
    std::string path;
    std::string content;
};

// The files of a bundle, manifest.json included, sorted by path.
using BundleFiles = std::vector<BundleFile>;

// What `medloc verify` reads of a bundle at most: a file, all files together, and their
// count. An archive that expands beyond them (a zip bomb) is refused, not unpacked.
inline constexpr std::uint64_t kMaxBundleEntryBytes = 256ull << 20;
inline constexpr std::uint64_t kMaxBundleBytes = 2ull << 30;
inline constexpr std::size_t kMaxBundleEntries = 1000000;

// Counts what a reader has taken from a bundle against those limits, and the names seen: a
// name twice is refused (extractors disagree on which copy wins, so what the verifier checked
// need not be what an app unpacks).
class BundleReadBudget {
public:
    Status add(const std::string& path);
    Status add_bytes(const std::string& path, std::uint64_t bytes);

private:
    std::set<std::string> paths_;
    std::uint64_t bytes_ = 0;
};

} // namespace medloc
