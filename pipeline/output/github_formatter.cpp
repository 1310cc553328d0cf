#include "output/github_formatter.h"

#include "core/wording.h"
#include "text/printable.h"

#include <algorithm>

namespace medloc {

namespace {

// printable(), with CR and LF kept for the workflow command escaping (%0D, %0A) that
// GitHub reads back as line breaks.
std::string printable_except_line_breaks(std::string_view text) {
    std::string out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find_first_of("\r\n", start), text.size());
        out += printable(text.substr(start, end - start));
        if (end == text.size())
            break;
        out += text[end];
        start = end + 1;
    }
    return out;
}

// Workflow command escaping: data escapes %, CR and LF; properties also : and ,. Other
// control characters (terminal escapes in a file name or a message) are shown escaped, as
// the text format does.
std::string escape_data(std::string_view raw) {
    const std::string text = printable_except_line_breaks(raw);
    std::string out;
    for (char c : text) {
        if (c == '%')
            out += "%25";
        else if (c == '\r')
            out += "%0D";
        else if (c == '\n')
            out += "%0A";
        else
            out += c;
    }
    return out;
}

std::string escape_property(std::string_view text) {
    std::string out;
    for (char c : escape_data(text)) {
        if (c == ':')
            out += "%3A";
        else if (c == ',')
            out += "%2C";
        else
            out += c;
    }
    return out;
}

std::string_view command_of(Severity severity) {
    switch (severity) {
    case Severity::error:
        return "error";
    case Severity::warning:
        return "warning";
    default:
        return "notice";
    }
}

} // namespace

void GithubFormatter::begin(const ReportStart&, std::ostream&) {}

void GithubFormatter::add(std::span<const Finding> findings, std::ostream& out) {
    for (const Finding& finding : findings) {
        out << "::" << command_of(finding.severity) << " file=" << escape_property(finding.file);
        if (finding.position.line > 0) {
            out << ",line=" << finding.position.line;
            if (finding.position.column > 0)
                out << ",col=" << finding.position.column;
        }
        out << ",title=" << escape_property(finding.rule_id)
            << "::" << escape_data(finding.message);
        if (!finding.suggestions.empty())
            out << escape_data(" (suggestion: " + finding.suggestions.front() + ")");
        out << '\n';
    }
}

void GithubFormatter::end(const ReportTotals& totals, std::ostream& out) {
    const FindingCounts& counts = totals.counts;
    out << "medloc: " << counted(totals.files, "file") << " checked, "
        << counted(counts.errors, "error") << ", " << counted(counts.warnings, "warning") << ", "
        << counted(counts.infos, "info") << '\n';
}

} // namespace medloc
