#pragma once

#include "cli/cli.h"
#include "config/config.h"
#include "output/formatter.h"

namespace medloc {

// False when TERM says the terminal has no escape sequences (TERM=dumb: Emacs shells, some
// CI consoles): no colour, no progress line that rewrites itself.
bool terminal_understands_escapes();

// Renders the report in the configured format and writes it to output.file (atomically)
// or to stdout. Returns the exit code: 0 clean, 1 error findings, 2 when it cannot write.
int emit_report(const Config& config, const Report& report, Terminal& terminal);

} // namespace medloc
