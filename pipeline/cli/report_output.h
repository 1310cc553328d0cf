#pragma once

#include "cli/cli.h"
#include "config/config.h"
#include "core/atomic_file.h"
#include "output/formatter.h"

#include <memory>
#include <span>

namespace medloc {

// False when TERM says the terminal has no escape sequences (TERM=dumb: Emacs shells, some
// CI consoles): no colour, no progress line that rewrites itself.
bool terminal_understands_escapes();

// A report in the configured format, written as its findings come: to output.file (put in
// place atomically by `finish`; nothing when the run stops before) or to stdout.
class ReportOutput {
public:
    // Errors: an unknown format, an output file that cannot be made.
    static Result<std::unique_ptr<ReportOutput>> open(const Config& config, Terminal& terminal,
                                                      ReportStart start);
    // The next findings in report order.
    void add(std::span<const Finding> findings);
    // Ends the report. Returns the exit code: 0 clean, 1 error findings, 2 when it cannot
    // write.
    int finish();
    bool writes_to_standard_output() const { return file_ == nullptr; }

private:
    ReportOutput(Terminal& terminal, std::unique_ptr<Formatter> formatter,
                 std::unique_ptr<AtomicFileStream> file, ReportStart start);

    Terminal& terminal_;
    std::unique_ptr<Formatter> formatter_;
    std::unique_ptr<AtomicFileStream> file_;
    ReportStream stream_;
};

// A whole report at once, the same way. Returns the exit code.
int emit_report(const Config& config, const Report& report, Terminal& terminal);

} // namespace medloc
