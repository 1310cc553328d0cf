#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace medloc {

// Exit codes shared by every command.
inline constexpr int kExitClean = 0;         // no error-severity finding
inline constexpr int kExitErrorFindings = 1; // at least one error-severity finding
inline constexpr int kExitUsage = 2;         // usage, configuration or I/O failure

struct Terminal {
    std::ostream& out;
    std::ostream& err;
    bool stdout_is_terminal = false;
    bool stderr_is_terminal = false;  // progress goes there, on a terminal only
    std::ostream* progress = nullptr; // the progress line's stream when not `err` (unescaped)
    // The process ends after the command (main): what it built last may be left to the
    // system instead of destroyed (leave_to_process_exit).
    bool process_ends_after = false;
};

// The whole command line: `medloc COMMAND [options]`. Never throws.
int run_cli(const std::vector<std::string>& arguments, Terminal terminal);

} // namespace medloc
