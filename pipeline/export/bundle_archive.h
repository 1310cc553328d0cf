#pragma once

#include "core/result.h"
#include "export/bundle.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace medloc {

enum class ArchiveFormat { tar_gz, zip };

std::optional<ArchiveFormat> parse_archive_format(std::string_view name); // "tar.gz", "zip"

// The bundle as one archive (libarchive): entries in path order, regular files with mode
// 0644, owner 0, no user or group names, every time set to `timestamp` and no gzip time,
// so that the same files give the same bytes.
Result<std::string> build_archive(const BundleFiles& files, ArchiveFormat format,
                                  std::int64_t timestamp);

// Whether a bundle archive may be written at `out`: it is absent, an empty file, or an
// archive that holds a medloc bundle manifest. Anything else (a document, a folder, a link)
// is an Error, and nothing is touched.
Status check_bundle_archive_target(const std::string& out);

// Writes `bytes` at `out` atomically, after check_bundle_archive_target.
Status publish_bundle_archive(const std::string& out, std::string_view bytes);

// The files of a bundle archive (tar, tar.gz or zip), for `medloc verify`. Entries that
// are not regular files, unsafe paths, a name given twice and what exceeds the limits of
// bundle.h (256 MiB an entry, 2 GiB in all) are errors.
Result<BundleFiles> read_archive(const std::string& path);

} // namespace medloc
