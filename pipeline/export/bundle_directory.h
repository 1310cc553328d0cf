#pragma once

#include "core/result.h"
#include "export/bundle.h"

#include <string>

namespace medloc {

// Whether `path` may name a file inside a bundle: relative, '/'-separated parts of
// letters, digits, '.', '-' and '_', none empty, "." or "..", none starting with '.'.
// Checked for every file before anything is written, so that no id can escape the
// bundle's directory.
bool is_safe_bundle_path(const std::string& path);

// Publishes `files` as the directory `out`, atomically: they are written and flushed in
// a hidden directory beside `out`, which then takes `out`'s place in one rename
// (exchanging the two with renameat2 when `out` exists), and the previous bundle is
// removed. A run killed at any point leaves the previous bundle or the new one under
// `out`; what it left beside `out` is cleaned, or the previous bundle restored, by the
// next publish.
Status publish_bundle_directory(const std::string& out, const BundleFiles& files);

// Reads a bundle directory (every regular file under it) for `medloc verify`.
Result<BundleFiles> read_bundle_directory(const std::string& directory);

} // namespace medloc
