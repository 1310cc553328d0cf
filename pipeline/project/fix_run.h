#pragma once

#include "config/config.h"
#include "core/result.h"

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace medloc {

struct FixRequest {
    std::vector<std::string> inputs; // files and folders; none: paths.content and translations
    bool write = true;               // false (--dry-run): nothing written, a diff instead
};

// One file done.
struct [[nodiscard]] FileFixOutcome {
    std::string path;
    std::string error;     // why it could not be read or written (then nothing else counts)
    bool converged = true; // false: fixes were still left after the last round
    int applied = 0;
    std::string diff; // without `write`: the unified diff of what would change
};

struct [[nodiscard]] FixRun {
    int fixes = 0;
    int changed_files = 0;
    std::size_t files = 0; // articles and XLIFF files looked at
    bool failed = false;   // a file could not be read or written
    // The rules could not run on a file: the run stopped there (exit 2).
    std::vector<std::string> configuration_errors;
};

// `medloc fix`: the mechanical fixes of every article and XLIFF file under the inputs, in
// path order, each file handed to `each` as it is done (a dry run's diffs are never all in
// memory). Errors are configuration errors: an input that does not exist, a missing schema
// or word list.
[[nodiscard]] Result<FixRun> fix_project(const Config& config, const FixRequest& request,
                                         const std::function<void(const FileFixOutcome&)>& each);

// The last line of `medloc fix`, in the reader's language: the fixes applied (or, for a dry
// run, that would be) in how many files of how many.
[[nodiscard]] std::string fix_summary(const FixRun& run, bool dry_run, const Settings& settings);

} // namespace medloc
