#pragma once

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

} // namespace medloc
