#pragma once

#include "core/result.h"

#include <chrono>
#include <cstddef>
#include <string>
#include <vector>

namespace medloc {

struct ProcessLimits {
    std::size_t max_output = 64u * 1024u * 1024u; // standard output and error together
    std::chrono::milliseconds timeout{30000};
};

struct ProcessOutput {
    int exit_code = 0;
    std::string out;
    std::string err;
};

// Runs a program (looked up in PATH) with `arguments` (the first is the program), never
// through a shell, standard input from /dev/null; both outputs are read as they come, so
// neither can block the other. An Error when it cannot start, dies of a signal, writes more
// than `max_output` bytes or runs longer than `timeout` (then it is killed). A non-zero
// exit is not an error: the caller reads exit_code.
Result<ProcessOutput> run_process(const std::vector<std::string>& arguments,
                                  const ProcessLimits& limits = {});

} // namespace medloc
