#include "cli/command.h"
#include "cli/project_options.h"
#include "export/bundle_archive.h"
#include "export/bundle_directory.h"
#include "export/bundle_verifier.h"
#include "text/printable.h"

#include <filesystem>

namespace medloc {

namespace po = boost::program_options;

int run_verify_command(const std::vector<std::string>& arguments, Terminal& terminal) {
    po::options_description options("Options");
    options.add_options()("help,h", "show this help");
    auto parsed = parse_command_line(arguments, options, "paths", terminal, "verify");
    if (!parsed)
        return kExitUsage;
    if (parsed->count("help") || !parsed->count("paths"))
        return print_usage(
            terminal, parsed->count("help") > 0,
            "Usage: medloc verify BUNDLE...\n\n"
            "Checks bundles written by medloc export (directories or .tar.gz/.zip archives):\n"
            "every file listed in manifest.json present with its size and SHA-256, no\n"
            "unlisted file, and every index and article of the documented form.\n"
            "Exit status: 0 sound, 1 a difference found, 2 a bundle cannot be read.",
            options);
    int status = kExitClean;
    for (const std::string& bundle : (*parsed)["paths"].as<std::vector<std::string>>()) {
        std::error_code ec;
        auto files = std::filesystem::is_directory(bundle, ec) ? read_bundle_directory(bundle)
                                                               : read_archive(bundle);
        if (!files) {
            terminal.err << "medloc verify: " << files.error().message << '\n';
            status = kExitUsage;
            continue;
        }
        const std::vector<std::string> problems = verify_bundle(files.value());
        for (const std::string& problem : problems)
            terminal.out << printable(bundle) << ": " << printable(problem) << '\n';
        terminal.out << "medloc verify: " << printable(bundle) << ": " << files.value().size()
                     << " files, "
                     << (problems.empty() ? "sound" : std::to_string(problems.size()) + " problems")
                     << '\n';
        if (!problems.empty() && status == kExitClean)
            status = kExitErrorFindings;
    }
    return status;
}

} // namespace medloc
