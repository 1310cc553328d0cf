#include "cli/report_output.h"

#include "core/atomic_file.h"
#include "core/string_output.h"
#include "language/messages.h"

#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <string_view>

namespace medloc {

bool terminal_understands_escapes() {
    const char* term = std::getenv("TERM");
    return term == nullptr || std::string_view(term) != "dumb";
}

namespace {

bool use_color(const Config& config, const Terminal& terminal) {
    const ColorChoice choice = config.settings().output.color;
    if (choice == ColorChoice::always)
        return true;
    if (choice == ColorChoice::never)
        return false;
    // NO_COLOR (no-color.org) set to anything, or TERM=dumb, turns colour off.
    const char* no_color = std::getenv("NO_COLOR");
    return terminal.stdout_is_terminal && config.settings().output.file.empty() &&
           (no_color == nullptr || *no_color == '\0') && terminal_understands_escapes();
}

} // namespace

int emit_report(const Config& config, const Report& report, Terminal& terminal) {
    FormatOptions options;
    options.color = use_color(config, terminal);
    options.rules_url = config.settings().output.rules_url;
    // Text output in the reader's language: --language, else the locale (CI: English).
    const std::string& asked = config.settings().report_language;
    const std::string language = asked.empty() ? language_from_environment() : asked;
    if (language == "fr") {
        options.localize = [language](const Finding& finding) {
            return localized_message(finding, language);
        };
        const FindingCounts counts = count_by_severity(report.findings);
        options.summary = format_message("summary.checked",
                                         {{"files", std::to_string(report.files), true},
                                          {"errors", std::to_string(counts.errors), true},
                                          {"warnings", std::to_string(counts.warnings), true},
                                          {"infos", std::to_string(counts.infos), true}},
                                         language);
    }
    std::error_code ec;
    options.source_root = std::filesystem::current_path(ec).string();
    auto formatter = make_formatter(config.settings().output.format, options);
    if (!formatter) {
        terminal.err << "medloc: " << formatter.error().message << '\n';
        return kExitUsage;
    }
    const std::string& file = config.settings().output.file;
    if (file.empty()) {
        // Standard output is checked once the command is done (run_cli): exit 2 when it
        // could not take everything.
        formatter.value()->write(report, terminal.out);
        terminal.out.flush();
    } else {
        const std::string rendered =
            render_to_string([&](std::ostream& out) { formatter.value()->write(report, out); });
        if (Status written = write_file_atomically(file, rendered); !written) {
            terminal.err << "medloc: " << written.error().message << '\n';
            return kExitUsage;
        }
    }
    return count_by_severity(report.findings).errors > 0 ? kExitErrorFindings : kExitClean;
}

} // namespace medloc
