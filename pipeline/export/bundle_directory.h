#pragma once

#include "core/result.h"
#include "export/bundle.h"

#include <string>
#include <string_view>

namespace medloc {

// Whether `path` may name a file inside a bundle: relative, '/'-separated parts of
// letters, digits, '.', '-' and '_', none empty, "." or "..", none starting with '.'.
// Checked for every file before anything is written, so that no id can escape the
// bundle's directory.
bool is_safe_bundle_path(const std::string& path);

// Whether a bundle may be published as the directory `out`: it is absent, an empty
// directory, or a directory that holds a medloc bundle manifest (manifest.json of format
// medloc-bundle: a bundle medloc wrote). Anything else (the project, content/, a file, a
// symbolic link) is an Error that names it, and nothing is touched: a writer never replaces
// what it did not create.
Status check_bundle_directory_target(const std::string& out);

// Whether `bytes` are a medloc bundle manifest (JSON whose format is medloc-bundle).
bool is_bundle_manifest(std::string_view bytes);

// Publishes `files` as the directory `out` (check_bundle_directory_target first), atomically: they
// are written and flushed in a hidden directory beside `out`, which then takes `out`'s place in one
// rename (exchanging the two with renameat2 when `out` exists), and the previous bundle is removed.
// A run killed at any point leaves the previous bundle or the new one under `out`; what it left
// beside `out` is cleaned, or the previous bundle restored, by the next publish.
Status publish_bundle_directory(const std::string& out, const BundleFiles& files);

// Reads a bundle directory (every regular file under it) for `medloc verify`. A symbolic
// link anywhere under it (to a folder or a file), a FIFO, socket or device, and what
// exceeds the limits of bundle.h are errors: the bundle is unsound.
Result<BundleFiles> read_bundle_directory(const std::string& directory);

} // namespace medloc
