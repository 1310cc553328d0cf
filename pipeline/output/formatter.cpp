#include "output/formatter.h"

#include "output/github_formatter.h"
#include "output/json_formatter.h"
#include "output/junit_formatter.h"
#include "output/sarif_formatter.h"
#include "output/text_formatter.h"

#include <string>

namespace medloc {

void ReportTotals::add(const Finding& finding) {
    ++findings;
    switch (finding.severity) {
    case Severity::error:
        ++counts.errors;
        break;
    case Severity::warning:
        ++counts.warnings;
        break;
    case Severity::info:
        ++counts.infos;
        break;
    }
    ++by_rule[finding.rule_id];
}

void Formatter::write(const Report& report, std::ostream& out) {
    ReportStream stream(*this, out, {report.files, report.checked_files, report.rules});
    stream.add(report.findings);
    stream.finish();
}

ReportStream::ReportStream(Formatter& formatter, std::ostream& out, ReportStart start)
    : formatter_(formatter), out_(out), start_(start) {
    totals_.files = start.files;
}

void ReportStream::begin_once() {
    if (!begun_)
        formatter_.begin(start_, out_);
    begun_ = true;
}

void ReportStream::add(std::span<const Finding> findings) {
    if (findings.empty())
        return;
    begin_once();
    for (const Finding& finding : findings)
        totals_.add(finding);
    formatter_.add(findings, out_);
}

void ReportStream::finish() {
    begin_once();
    formatter_.end(totals_, out_);
}

std::vector<std::string_view> formatter_names() {
    return {"text", "json", "sarif", "junit", "github"};
}

Result<std::unique_ptr<Formatter>> make_formatter(std::string_view name,
                                                  const FormatOptions& options) {
    if (name == "text")
        return std::unique_ptr<Formatter>(std::make_unique<TextFormatter>(options));
    if (name == "json")
        return std::unique_ptr<Formatter>(std::make_unique<JsonFormatter>());
    if (name == "sarif")
        return std::unique_ptr<Formatter>(std::make_unique<SarifFormatter>(options));
    if (name == "junit")
        return std::unique_ptr<Formatter>(std::make_unique<JunitFormatter>());
    if (name == "github")
        return std::unique_ptr<Formatter>(std::make_unique<GithubFormatter>());
    std::string known;
    for (std::string_view each : formatter_names())
        known += (known.empty() ? "" : ", ") + std::string(each);
    return Error{"unknown format '" + std::string(name) + "' (known formats: " + known + ")"};
}

} // namespace medloc
