#pragma once

#include "config/config.h"
#include "core/result.h"
#include "engine/baseline.h"
#include "engine/file_checker.h"
#include "engine/report_order.h"
#include "engine/result_cache.h"
#include "project/file_selection.h"
#include "project/project_setup.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace medloc {

struct CheckRequest {
    FileSelectionRequest selection;
    bool use_cache = true;                // false: --no-cache
    bool use_baseline = true;             // report only what output.baseline does not record
    std::string stdin_name = "stdin.xml"; // what standard input stands for ("-" among inputs)
    // Standard input, up to `limit` bytes; called only when "-" is among the inputs.
    std::function<Result<std::string>(std::uint64_t limit)> read_stdin;
};

// Everything a check run needs before its files are checked: the files, the compiled
// setup and its checker, the result cache, and the findings known before the run
// (standard input's, which is checked first, and the termbase's) with the baseline that
// filters them all.
struct [[nodiscard]] PreparedCheck {
    FileSelection selection;
    std::vector<std::string> checked_files; // the selection's, then standard input's name
    std::unique_ptr<ProjectSetup> setup;
    std::optional<FileChecker> checker; // on `setup` and the configuration it was made from
    std::unique_ptr<ResultCache> cache; // none without use_cache
    std::unique_ptr<Baseline> baseline; // none without output.baseline or use_baseline
    ReportExtras extras;
};

// Errors are usage or configuration errors (exit 2): a bad selection, a missing schema or
// word list, a cache.path that is not a cache, standard input too large, an unreadable
// baseline. The cache's warnings go to `warnings`, for the command to show, even when
// preparing fails afterwards. `config` must outlive the result.
[[nodiscard]] Result<PreparedCheck> prepare_check(const Config& config, const CheckRequest& request,
                                                  std::vector<std::string>& warnings);

// `baseline write`: the findings recorded in `path` (engine/baseline, written atomically);
// returns the line that says so ("medloc baseline: 3 findings of 12 files recorded in
// PATH").
[[nodiscard]] Result<std::string> write_check_baseline(const std::string& path,
                                                       const std::vector<Finding>& findings,
                                                       std::size_t files);

} // namespace medloc
