#pragma once

#include "config/config.h"
#include "core/result.h"

#include <optional>
#include <string>
#include <vector>

namespace medloc {

struct FileSelectionRequest {
    std::vector<std::string>
        inputs;                // files and folders; "-" is standard input; none: paths.content
    bool content_rules = true; // articles and XLIFF files; false: articles only (validate)
    std::optional<std::string> changed_since; // a git revision
    std::optional<std::string> shard;         // "K/N"
};

struct FileSelection {
    std::vector<std::string> files; // sorted by path, no duplicate
    bool read_stdin = false;        // "-" was among the inputs
    int shard_index = 1;            // 1 when not sharded
};

// The files a check run reads: every article (and XLIFF file, with content rules) under
// the inputs, in path order, one order for every run, sharded or not; with a revision,
// only those changed since it (and the translations folder is searched too when no input
// is given); with a shard, its share. Errors are usage errors (exit 2).
[[nodiscard]] Result<FileSelection> select_check_files(const Config& config,
                                                       const FileSelectionRequest& request);

} // namespace medloc
