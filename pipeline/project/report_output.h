#pragma once

#include "config/config.h"
#include "core/atomic_file.h"
#include "core/finding.h"
#include "core/result.h"
#include "output/formatter.h"

#include <memory>
#include <ostream>
#include <span>
#include <string>
#include <vector>

namespace medloc {

// False when TERM says the terminal has no escape sequences (TERM=dumb: Emacs shells, some
// CI consoles): no colour, no progress line that rewrites itself.
bool terminal_understands_escapes();

// The language text output is written in for its reader: report.language, else the
// environment's locale (CI: English).
std::string reader_language(const Settings& settings);

// Where a report goes when output.file is not set.
struct StandardOutput {
    std::ostream& stream;
    bool is_terminal = false; // colour only there (output.color = auto)
};

// A report in the configured format, written as its findings come: to output.file (put in
// place atomically by `finish`; nothing when the run stops before) or to standard output.
class ReportOutput {
public:
    // Errors: an unknown format, an output file that cannot be made.
    [[nodiscard]] static Result<std::unique_ptr<ReportOutput>>
    open(const Config& config, StandardOutput standard_output, ReportStart start);
    // The next findings in report order.
    void add(std::span<const Finding> findings);
    // Ends the report and returns its counts; an Error when output.file cannot be written.
    // Standard output is flushed, not checked: the caller checks it once the command is done.
    [[nodiscard]] Result<FindingCounts> finish();
    bool writes_to_standard_output() const { return file_ == nullptr; }

private:
    ReportOutput(std::ostream& standard_output, std::unique_ptr<Formatter> formatter,
                 std::unique_ptr<AtomicFileStream> file, ReportStart start);

    std::ostream& standard_output_;
    std::unique_ptr<Formatter> formatter_;
    std::unique_ptr<AtomicFileStream> file_;
    ReportStream stream_;
};

// Findings as the text report writes each (without colour, in English), one line each and
// no summary: problems shown on stderr.
[[nodiscard]] std::string finding_lines(const std::vector<Finding>& findings);

// A whole report at once, the same way.
[[nodiscard]] Result<FindingCounts> write_report(const Config& config, const Report& report,
                                                 StandardOutput standard_output);

} // namespace medloc
