#include "cli/command.h"
#include "cli/project_options.h"
#include "project/fix_run.h"

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
    if (!config)
        return fail(terminal, "medloc", config.error());
    FixRequest request;
    if (map.count("paths"))
        request.inputs = map["paths"].as<std::vector<std::string>>();
    request.write = map.count("dry-run") == 0;
    auto run = fix_project(config.value(), request, [&](const FileFixOutcome& file) {
        if (!file.error.empty()) {
            terminal.err << "medloc: " << file.path << ": " << file.error << '\n';
            return;
        }
        if (!file.converged)
            terminal.err << "medloc: " << file.path
                         << ": fixes still left after the last round; run medloc fix again\n";
        terminal.out << file.diff;
    });
    if (!run)
        return fail(terminal, "medloc", run.error());
    for (const std::string& error : run.value().configuration_errors)
        terminal.err << "medloc: " << error << '\n';
    if (!run.value().configuration_errors.empty())
        return kExitUsage;
    (request.write ? terminal.out : terminal.err)
        << fix_summary(run.value(), !request.write, config.value().settings()) << '\n';
    return run.value().failed ? kExitUsage : kExitClean;
}

} // namespace medloc
