#include "cli/cli.h"

#include "cli/command.h"
#include "core/version.h"
#include "core/wording.h"
#include "text/printable.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <exception>
#include <iomanip>
#include <new>

namespace medloc {

const std::vector<Command>& commands() {
    static const std::vector<Command> table = {
        {"check", "check articles: schema, ids and content rules", run_check_command},
        {"baseline", "record today's findings; check --baseline reports only new ones",
         run_baseline_command},
        {"merge-results", "join the JSON reports of sharded check runs into one report",
         run_merge_results_command},
        {"fix", "apply the mechanical fixes of typography findings, in place (--dry-run: a diff)",
         run_fix_command},
        {"validate", "validate articles against the article schema", run_validate_command},
        {"extract", "write or update XLIFF 2.1 files for translators", run_extract_command},
        {"kit", "hand work to translators as a kit, and check and merge what comes back",
         run_kit_command},
        {"merge", "build localized articles from approved translations", run_merge_command},
        {"approve", "record a medical approval bound to the article's current content",
         run_approve_command},
        {"export", "write the approved articles as a verifiable JSON bundle for apps",
         run_export_command},
        {"verify", "check a bundle's checksums and files", run_verify_command},
        {"report", "write the HTML review page: findings in context, coverage, terminology",
         run_report_command},
        {"coverage", "translation coverage per locale and article, with a CI gate",
         run_coverage_command},
        {"terms", "look up, export (CSV) and count the termbase's terms", run_terms_command},
        {"rules", "list every rule with its id, severity and summary", run_rules_command},
    };
    return table;
}

int fail(Terminal& terminal, std::string_view prefix, const Error& error) {
    terminal.err << prefix << ": " << error.message << '\n';
    return kExitUsage;
}

namespace {

void print_usage(std::ostream& out) {
    out << "Usage: medloc COMMAND [options] [FILE|DIR...]\n\n"
        << "medloc checks medical content in several languages: XML schema, ids,\n"
        << "spelling, typography, terminology, translations and doses.\n\nCommands:\n";
    std::size_t width = 0;
    for (const Command& command : commands())
        width = std::max(width, command.name.size());
    for (const Command& command : commands())
        out << "  " << std::left << std::setw(static_cast<int>(width + 2)) << command.name
            << command.summary << '\n';
    out << "\nRun 'medloc COMMAND --help' for the options of a command.\n"
        << "Global options: --help, --version.\n";
}

int dispatch(const std::vector<std::string>& arguments, Terminal& terminal) {
    if (arguments.empty()) {
        print_usage(terminal.err);
        return kExitUsage;
    }
    const std::string& first = arguments.front();
    if (first == "--help" || first == "-h" || first == "help") {
        print_usage(terminal.out);
        return kExitClean;
    }
    if (first == "--version" || first == "version") {
        terminal.out << "medloc " << tool_version() << '\n';
        return kExitClean;
    }
    for (const Command& command : commands())
        if (command.name == first)
            return command.run({arguments.begin() + 1, arguments.end()}, terminal);
    std::vector<std::string> names;
    for (const Command& command : commands())
        names.emplace_back(command.name);
    terminal.err << "medloc: unknown command '" << printable(first) << "'";
    if (auto meant = closest_match(first, names))
        terminal.err << "; did you mean '" << *meant << "'?";
    terminal.err << "\n\n";
    print_usage(terminal.err);
    return kExitUsage;
}

} // namespace

int run_cli(const std::vector<std::string>& arguments, Terminal terminal) {
    int status = kExitUsage;
    try {
        status = dispatch(arguments, terminal);
    } catch (const std::bad_alloc&) {
        // Nothing here may allocate: the message is a literal.
        terminal.err
            << "medloc: out of memory: the run was stopped (no complete report was written)\n";
        return kExitUsage;
    } catch (const std::exception& error) {
        terminal.err << "medloc: internal error: " << error.what() << '\n';
        return kExitUsage;
    }
    // A report that did not reach standard output (a full disk, a closed file) is no report:
    // the README promises exit 2 for output that cannot be written.
    terminal.out.flush();
    if (!terminal.out) {
        const int error_number = errno;
        terminal.err << "medloc: cannot write to standard output"
                     << (error_number != 0 ? std::string(": ") + std::strerror(error_number) : "")
                     << '\n';
        return kExitUsage;
    }
    return status;
}

} // namespace medloc
