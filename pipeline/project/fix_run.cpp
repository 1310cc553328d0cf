#include "project/fix_run.h"

#include "engine/file_discovery.h"
#include "engine/fixer.h"
#include "language/messages.h"
#include "project/project_setup.h"
#include "project/report_output.h"
#include "text/unified_diff.h"

#include <algorithm>
#include <filesystem>

namespace medloc {

Result<FixRun> fix_project(const Config& config, const FixRequest& request,
                           const std::function<void(const FileFixOutcome&)>& each) {
    const Settings& settings = config.settings();
    std::vector<std::string> inputs = request.inputs;
    if (inputs.empty()) {
        inputs.push_back(settings.paths.content);
        if (std::error_code ec; std::filesystem::is_directory(settings.paths.translations, ec))
            inputs.push_back(settings.paths.translations);
    }
    auto files = discover_files(inputs, {".xml", ".xlf", ".xliff"});
    if (!files)
        return files.error();
    std::sort(files.value().begin(), files.value().end());
    files.value().erase(std::unique(files.value().begin(), files.value().end()),
                        files.value().end());
    auto setup = prepare_project(config, true);
    if (!setup)
        return setup.error();
    const FileChecker checker = make_file_checker(config, *setup.value(), true);
    FixRun run;
    run.files = files.value().size();
    for (const std::string& path : files.value()) {
        const FileFix result = fix_file(path, checker, request.write);
        if (!result.fixed.configuration_errors.empty()) {
            run.configuration_errors = result.fixed.configuration_errors;
            return run;
        }
        FileFixOutcome outcome{path, result.error, result.fixed.converged, result.fixed.applied,
                               ""};
        if (!result.error.empty()) {
            run.failed = true;
        } else if (result.fixed.applied > 0) {
            run.fixes += result.fixed.applied;
            ++run.changed_files;
            if (!request.write)
                outcome.diff =
                    unified_diff("a/" + path, "b/" + path, result.before, result.fixed.content);
        }
        each(outcome);
    }
    return run;
}

std::string fix_summary(const FixRun& run, bool dry_run, const Settings& settings) {
    return format_message(dry_run ? "summary.fixable" : "summary.fixed",
                          {{"fixes", std::to_string(run.fixes), true},
                           {"files", std::to_string(run.changed_files), true},
                           {"total", std::to_string(run.files), true}},
                          reader_language(settings));
}

} // namespace medloc
