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

// The files of a bundle archive (tar, tar.gz or zip), for `medloc verify`. Entries that
// are not regular files, unsafe paths and entries over 256 MiB are errors.
Result<BundleFiles> read_archive(const std::string& path);

} // namespace medloc
