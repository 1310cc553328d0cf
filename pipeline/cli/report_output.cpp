#include "cli/report_output.h"

#include "core/atomic_file.h"
#include "core/string_output.h"

#include <cstdlib>

namespace medloc {

namespace {

bool use_color(const Config& config, const Terminal& terminal) {
    const ColorChoice choice = config.settings().output.color;
    if (choice == ColorChoice::always)
        return true;
    if (choice == ColorChoice::never)
        return false;
    const char* no_color = std::getenv("NO_COLOR");
    return terminal.stdout_is_terminal && config.settings().output.file.empty() &&
           (no_color == nullptr || *no_color == '\0');
}

} // namespace

int emit_report(const Config& config, const Report& report, Terminal& terminal) {
    FormatOptions options;
    options.color = use_color(config, terminal);
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
