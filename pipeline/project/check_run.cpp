#include "project/check_run.h"

#include "core/atomic_file.h"
#include "core/wording.h"
#include "project/check_environment.h"

namespace medloc {

Result<PreparedCheck> prepare_check(const Config& config, const CheckRequest& request,
                                    std::vector<std::string>& warnings) {
    const Settings& settings = config.settings();
    const bool content_rules = request.selection.content_rules;
    PreparedCheck check;
    auto selection = select_check_files(config, request.selection);
    if (!selection)
        return selection.error();
    check.selection = std::move(selection).value();
    check.checked_files = check.selection.files;
    auto setup = prepare_project(config, content_rules);
    if (!setup)
        return setup.error();
    check.setup = std::move(setup).value();
    check.checker.emplace(make_file_checker(config, *check.setup, content_rules));
    if (request.use_cache) {
        auto cache = open_result_cache(config, content_rules, warnings);
        if (!cache)
            return cache.error();
        check.cache = std::move(cache).value();
    }
    // Standard input is checked first: its findings take their place in the report.
    if (check.selection.read_stdin) {
        auto content = request.read_stdin(settings.max_file_size);
        if (!content)
            return content.error();
        FileResult piped =
            check.checker->check_content(request.stdin_name, std::move(content).value());
        check.extras.known = piped.findings.to_vector();
        check.extras.configuration_errors = std::move(piped.configuration_errors);
        check.checked_files.push_back(request.stdin_name);
    }
    // The termbase is an input of the run like the articles: its problems are findings.
    if (!check.setup->termbase_path.empty() &&
        check.selection.shard_index == 1) { // once across shards
        std::vector<Finding> termbase_findings = check.setup->termbase_findings;
        settings.severities.apply(termbase_findings);
        check.extras.known.insert(check.extras.known.end(), termbase_findings.begin(),
                                  termbase_findings.end());
    }
    // With a baseline, only what it does not record is reported (and decides the exit).
    if (!settings.output.baseline.empty() && request.use_baseline) {
        auto read = read_baseline(settings.output.baseline);
        if (!read)
            return read.error();
        check.baseline = std::make_unique<Baseline>(std::move(read).value());
        check.extras.baseline = check.baseline.get();
    }
    return check;
}

Result<std::string> write_check_baseline(const std::string& path,
                                         const std::vector<Finding>& findings, std::size_t files) {
    if (Status written = write_file_atomically(path, baseline_json(findings)); !written)
        return written.error();
    return "medloc baseline: " + counted(static_cast<long long>(findings.size()), "finding") +
           " of " + counted(static_cast<int>(files), "file") + " recorded in " + path + '\n';
}

} // namespace medloc
