#pragma once

#include "core/result.h"

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace medloc {

struct ProgramOutput {
    int exit_status = -1; // the program's exit status; -1 when a signal ended it
    std::string out;      // standard output, whole (up to max_output bytes)
    std::string err;      // standard error, its first 64 KiB
};

// Runs a program found in PATH (arguments[0]) with `arguments`, never through a shell,
// standard input from /dev/null, and collects standard output and standard error together
// (poll on both: a program that fills one while medloc waits on the other cannot block).
// posix_spawnp starts it: nothing runs in a forked copy of medloc, and every descriptor
// opened here is closed on every path. An Error when it cannot be started ("git: not found"),
// its output exceeds `max_output` or it runs longer than `timeout` (it is then killed); a
// program that runs and fails is an exit status.
Result<ProgramOutput> run_program(const std::vector<std::string>& arguments,
                                  std::size_t max_output = 256u << 20,
                                  std::optional<std::chrono::milliseconds> timeout = std::nullopt);

} // namespace medloc
