#include "project/report_output.h"

#include "core/string_output.h"
#include "language/messages.h"

#include <cstdlib>
#include <filesystem>
#include <string_view>

namespace medloc {

bool terminal_understands_escapes() {
    const char* term = std::getenv("TERM");
    return term == nullptr || std::string_view(term) != "dumb";
}

std::string reader_language(const Settings& settings) {
    return settings.report_language.empty() ? language_from_environment()
                                            : settings.report_language;
}

namespace {

bool use_color(const Config& config, const StandardOutput& standard_output) {
    const ColorChoice choice = config.settings().output.color;
    if (choice == ColorChoice::always)
        return true;
    if (choice == ColorChoice::never)
        return false;
    // NO_COLOR (no-color.org) set to anything, or TERM=dumb, turns colour off.
    const char* no_color = std::getenv("NO_COLOR");
    return standard_output.is_terminal && config.settings().output.file.empty() &&
           (no_color == nullptr || *no_color == '\0') && terminal_understands_escapes();
}

} // namespace

Result<std::unique_ptr<ReportOutput>>
ReportOutput::open(const Config& config, StandardOutput standard_output, ReportStart start) {
    FormatOptions options;
    options.color = use_color(config, standard_output);
    options.rules_url = config.settings().output.rules_url;
    // Text output in the reader's language: --language, else the locale (CI: English).
    const std::string language = reader_language(config.settings());
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
    return std::unique_ptr<ReportOutput>(new ReportOutput(
        standard_output.stream, std::move(formatter).value(), std::move(file), start));
}

ReportOutput::ReportOutput(std::ostream& standard_output, std::unique_ptr<Formatter> formatter,
                           std::unique_ptr<AtomicFileStream> file, ReportStart start)
    : standard_output_(standard_output), formatter_(std::move(formatter)), file_(std::move(file)),
      stream_(*formatter_, file_ ? static_cast<std::ostream&>(*file_) : standard_output, start) {}

void ReportOutput::add(std::span<const Finding> findings) {
    stream_.add(findings);
}

Result<FindingCounts> ReportOutput::finish() {
    stream_.finish();
    if (file_) {
        if (Status written = file_->commit(); !written)
            return written.error();
    } else {
        standard_output_.flush();
    }
    return stream_.totals().counts;
}

std::string finding_lines(const std::vector<Finding>& findings) {
    auto text = make_formatter("text", {});
    std::string lines;
    for (const Finding& finding : findings) {
        const std::vector<Finding> one = {finding};
        const std::string report = render_to_string([&](std::ostream& out) {
            text.value()->write(Report{one, 1}, out);
        });
        lines += report.substr(0, report.find('\n') + 1);
    }
    return lines;
}

Result<FindingCounts> write_report(const Config& config, const Report& report,
                                   StandardOutput standard_output) {
    auto output = ReportOutput::open(config, standard_output,
                                     ReportStart{report.files, report.checked_files, report.rules});
    if (!output)
        return output.error();
    output.value()->add(report.findings);
    return output.value()->finish();
}

} // namespace medloc
