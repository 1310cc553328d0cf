#include "cli/report_output.h"

#include "language/messages.h"

#include <cstdlib>
#include <filesystem>
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

Result<std::unique_ptr<ReportOutput>> ReportOutput::open(const Config& config, Terminal& terminal,
                                                         ReportStart start) {
    FormatOptions options;
    options.color = use_color(config, terminal);
    options.rules_url = config.settings().output.rules_url;
    // Text output in the reader's language: --language, else the locale (CI: English).
    const std::string& asked = config.settings().report_language;
    const std::string language = asked.empty() ? language_from_environment() : asked;
    options.language = language;
    if (language == "fr") {
        options.localize = [language](const Finding& finding) {
            return localized_message(finding, language);
        };
        options.summary = [language](const ReportTotals& totals) {
            return format_message("summary.checked",
                                  {{"files", std::to_string(totals.files), true},
                                   {"errors", std::to_string(totals.counts.errors), true},
                                   {"warnings", std::to_string(totals.counts.warnings), true},
                                   {"infos", std::to_string(totals.counts.infos), true}},
                                  language);
        };
    }
    std::error_code ec;
    options.source_root = std::filesystem::current_path(ec).string();
    auto formatter = make_formatter(config.settings().output.format, options);
    if (!formatter)
        return formatter.error();
    std::unique_ptr<AtomicFileStream> file;
    if (const std::string& path = config.settings().output.file; !path.empty()) {
        auto writer = AtomicFileWriter::create(path);
        if (!writer)
            return writer.error();
        file = std::make_unique<AtomicFileStream>(std::move(writer).value());
    }
    return std::unique_ptr<ReportOutput>(
        new ReportOutput(terminal, std::move(formatter).value(), std::move(file), start));
}

ReportOutput::ReportOutput(Terminal& terminal, std::unique_ptr<Formatter> formatter,
                           std::unique_ptr<AtomicFileStream> file, ReportStart start)
    : terminal_(terminal), formatter_(std::move(formatter)), file_(std::move(file)),
      stream_(*formatter_, file_ ? static_cast<std::ostream&>(*file_) : terminal.out, start) {}

void ReportOutput::add(std::span<const Finding> findings) {
    stream_.add(findings);
}

int ReportOutput::finish() {
    stream_.finish();
    if (file_) {
        if (Status written = file_->commit(); !written) {
            terminal_.err << "medloc: " << written.error().message << '\n';
            return kExitUsage;
        }
    } else {
        // Standard output is checked once the command is done (run_cli): exit 2 when it
        // could not take everything.
        terminal_.out.flush();
    }
    return stream_.totals().counts.errors > 0 ? kExitErrorFindings : kExitClean;
}

int emit_report(const Config& config, const Report& report, Terminal& terminal) {
    auto output = ReportOutput::open(config, terminal,
                                     ReportStart{report.files, report.checked_files, report.rules});
    if (!output) {
        terminal.err << "medloc: " << output.error().message << '\n';
        return kExitUsage;
    }
    output.value()->add(report.findings);
    return output.value()->finish();
}

} // namespace medloc
