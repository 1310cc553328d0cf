#include "cli/command.h"
#include "cli/project_options.h"
#include "engine/file_discovery.h"
#include "engine/fixer.h"
#include "language/messages.h"
#include "project/project_setup.h"
#include "text/unified_diff.h"

#include <algorithm>
#include <filesystem>

namespace medloc {

namespace po = boost::program_options;

int run_fix_command(const std::vector<std::string>& arguments, Terminal& terminal) {
    po::options_description options = project_options();
    options.add_options()("dry-run", "change nothing: print what would change as a unified diff");
    auto parsed = parse_command_line(arguments, options, "paths", terminal, "fix");
    if (!parsed)
        return kExitUsage;
    const po::variables_map& map = *parsed;
    if (map.count("help"))
        return print_usage(
            terminal, true,
            "Usage: medloc fix [--dry-run] [options] [FILE|DIR...]\n\n"
            "Applies the mechanical fixes of typography findings (no-break spaces, apostrophes,\n"
            "ellipsis, ordinals, number-unit spaces, double spaces...) to articles and to the\n"
            "targets of XLIFF files, in place and atomically; every other byte stays as it was.\n"
            "Spelling, terminology and dose findings are never changed: they need a person.\n"
            "Without FILE|DIR, paths.content and paths.translations of medloc.ini.\n"
            "Exit status: 0 done (or nothing to fix), 2 usage, configuration or I/O error.",
            options);
    auto config = load_project_config(map);
    if (!config) {
        terminal.err << "medloc: " << config.error().message << '\n';
        return kExitUsage;
    }
    const Settings& settings = config.value().settings();
    std::vector<std::string> inputs;
    if (map.count("paths")) {
        inputs = map["paths"].as<std::vector<std::string>>();
    } else {
        inputs.push_back(settings.paths.content);
        if (std::error_code ec; std::filesystem::is_directory(settings.paths.translations, ec))
            inputs.push_back(settings.paths.translations);
    }
    auto files = discover_files(inputs, {".xml", ".xlf", ".xliff"});
    if (!files) {
        terminal.err << "medloc: " << files.error().message << '\n';
        return kExitUsage;
    }
    std::sort(files.value().begin(), files.value().end());
    files.value().erase(std::unique(files.value().begin(), files.value().end()),
                        files.value().end());
    auto setup = prepare_project(config.value(), true);
    if (!setup) {
        terminal.err << "medloc: " << setup.error().message << '\n';
        return kExitUsage;
    }
    const ProjectSetup& prepared = *setup.value();
    const FileChecker checker = make_file_checker(config.value(), prepared, true);
    const bool dry_run = map.count("dry-run") > 0;
    int fixes = 0;
    int changed_files = 0;
    bool failed = false;
    for (const std::string& path : files.value()) {
        const FileFix result = fix_file(path, checker, !dry_run);
        for (const std::string& error : result.fixed.configuration_errors)
            terminal.err << "medloc: " << error << '\n';
        if (!result.fixed.configuration_errors.empty())
            return kExitUsage;
        if (!result.error.empty()) {
            terminal.err << "medloc: " << path << ": " << result.error << '\n';
            failed = true;
            continue;
        }
        if (!result.fixed.converged)
            terminal.err << "medloc: " << path
                         << ": fixes still left after the last round; run medloc fix again\n";
        if (result.fixed.applied == 0)
            continue;
        fixes += result.fixed.applied;
        ++changed_files;
        if (dry_run)
            terminal.out << unified_diff("a/" + path, "b/" + path, result.before,
                                         result.fixed.content);
    }
    const std::string& asked = settings.report_language;
    (dry_run ? terminal.err : terminal.out)
        << format_message(dry_run ? "summary.fixable" : "summary.fixed",
                          {{"fixes", std::to_string(fixes), true},
                           {"files", std::to_string(changed_files), true},
                           {"total", std::to_string(files.value().size()), true}},
                          asked.empty() ? language_from_environment() : asked)
        << '\n';
    return failed ? kExitUsage : kExitClean;
}

} // namespace medloc
