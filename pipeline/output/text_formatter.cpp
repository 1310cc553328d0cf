#include "output/text_formatter.h"

#include "core/wording.h"
#include "language/messages.h"
#include "text/printable.h"

#include <string>
#include <utility>

namespace medloc {

namespace {

constexpr std::string_view kBold = "\033[1m";
constexpr std::string_view kReset = "\033[0m";

std::string_view severity_color(Severity severity) {
    switch (severity) {
    case Severity::error:
        return "\033[1;31m";
    case Severity::warning:
        return "\033[1;35m";
    case Severity::info:
        return "\033[1;36m";
    }
    return "";
}

// Invisible characters in a suggestion are the whole point of typography fixes: name them.
std::string visible(std::string text) {
    for (const auto& [invisible, name] :
         {std::pair<std::string_view, std::string_view>{"\u00A0", "[nbsp]"},
          {"\u202F", "[nnbsp]"}}) {
        for (std::size_t at = text.find(invisible); at != std::string::npos;
             at = text.find(invisible, at + name.size()))
            text.replace(at, invisible.size(), name);
    }
    return text;
}

} // namespace

void TextFormatter::begin(const ReportStart&, std::ostream&) {}

void TextFormatter::add(std::span<const Finding> findings, std::ostream& out) {
    // French output says its own words through the catalogue; English output writes them
    // as it always has (CI logs and the scripts that read them).
    const bool french = is_french(options_.language);
    const auto severity_label = [&](Severity severity) {
        const std::string name(to_string(severity));
        return french ? format_message("output.severity", {{"severity", name}}, options_.language)
                      : name + ":";
    };
    // Indexed by Severity, least severe first.
    const std::string labels[] = {severity_label(Severity::info), severity_label(Severity::warning),
                                  severity_label(Severity::error)};
    const auto styled = [&](std::string_view style, std::string_view text) {
        if (options_.color)
            out << style << text << kReset;
        else
            out << text;
    };
    // File names, messages and suggestions come from content: control characters in them
    // could forge finding lines or send terminal escapes, so they are shown escaped.
    for (const Finding& finding : findings) {
        std::string where = printable(finding.file);
        if (finding.position.line > 0)
            where += ":" + std::to_string(finding.position.line) + ":" +
                     std::to_string(finding.position.column);
        styled(kBold, where + ":");
        out << ' ';
        styled(severity_color(finding.severity), labels[static_cast<int>(finding.severity)]);
        out << ' ' << printable(options_.localize ? options_.localize(finding) : finding.message);
        if (!finding.suggestions.empty() && french) {
            std::vector<std::string> shown;
            for (std::size_t i = 0; i < finding.suggestions.size() && i < 3; ++i)
                shown.push_back(printable(visible(finding.suggestions[i])));
            out << ' '
                << format_message("output.did-you-mean", {quoted_list("suggestions", shown)},
                                  options_.language);
        } else if (!finding.suggestions.empty()) {
            out << " (did you mean ";
            for (std::size_t i = 0; i < finding.suggestions.size() && i < 3; ++i) {
                // A suggestion holding ' is quoted with ".
                const char quote =
                    finding.suggestions[i].find('\'') == std::string::npos ? '\'' : '"';
                out << (i ? ", " : "") << quote << printable(visible(finding.suggestions[i]))
                    << quote;
            }
            out << "?)";
        }
        out << " [" << printable(finding.rule_id) << "]\n";
    }
}

void TextFormatter::end(const ReportTotals& totals, std::ostream& out) {
    if (options_.summary) {
        out << options_.summary(totals) << '\n';
        return;
    }
    const FindingCounts& counts = totals.counts;
    out << "medloc: " << counted(totals.files, "file") << " checked, "
        << counted(counts.errors, "error") << ", " << counted(counts.warnings, "warning") << ", "
        << counted(counts.infos, "info") << '\n';
}

} // namespace medloc
