#pragma once

#include "cli/cli.h"
#include "config/config.h"
#include "output/formatter.h"

namespace medloc {

// Renders the report in the configured format and writes it to output.file (atomically)
// or to stdout. Returns the exit code: 0 clean, 1 error findings, 2 when it cannot write.
int emit_report(const Config& config, const Report& report, Terminal& terminal);

} // namespace medloc
