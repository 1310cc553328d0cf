#pragma once

#include "core/finding.h"
#include "core/result.h"
#include "core/rule_info.h"

#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace medloc {

// What a report knows before its first finding.
struct ReportStart {
    int files = 0;
    // Every file checked, in order, for formats with one entry per file (JUnit, JSON).
    const std::vector<std::string>* checked_files = nullptr;
    // The rule catalogue, for formats that describe the rules (SARIF).
    const std::vector<RuleInfo>* rules = nullptr;
};

// The counts of a report, taken as its findings go by: summaries are written last.
struct ReportTotals {
    int files = 0;
    std::size_t findings = 0;
    FindingCounts counts;
    std::map<std::string, int> by_rule;

    void add(const Finding& finding);
};

// A whole report at once: the sorted findings of one run and its counts.
struct Report {
    const std::vector<Finding>& findings;
    int files = 0;
    const std::vector<std::string>* checked_files = nullptr; // see ReportStart
    const std::vector<RuleInfo>* rules = nullptr;
};

struct FormatOptions {
    bool color = false;
    // SARIF: the absolute directory that relative file paths are relative to (%SRCROOT%),
    // and the absolute URL of the rule pages (output.rules-url; empty: no helpUri).
    std::string source_root;
    std::string rules_url;
    // Text output: the last line in the reader's language (empty: English); `localize`,
    // when set, gives each finding's message in that language; `language` is the language
    // of its own words (severity labels, "did you mean"): French for "fr", else English.
    std::function<std::string(const ReportTotals&)> summary;
    std::function<std::string(const Finding&)> localize;
    std::string language;
};

// A formatter writes a report as it comes: `begin`, then the findings in report order
// (sort_findings: all of one file together), any number at a time, then `end` with the
// totals. It keeps what its format needs until the end, never the findings already
// written (JUnit keeps one file's). `write` is the same for a report held whole, and
// writes the same bytes.
class Formatter {
public:
    virtual ~Formatter() = default;
    virtual void begin(const ReportStart& start, std::ostream& out) = 0;
    virtual void add(std::span<const Finding> findings, std::ostream& out) = 0;
    virtual void end(const ReportTotals& totals, std::ostream& out) = 0;

    void write(const Report& report, std::ostream& out);
};

// Hands a report to a formatter as it comes and counts it. The formatter begins with the
// first findings (or at `finish`), so that a run that stops before any (a configuration
// error) writes nothing.
class ReportStream {
public:
    ReportStream(Formatter& formatter, std::ostream& out, ReportStart start);
    void add(std::span<const Finding> findings);
    void finish();
    const ReportTotals& totals() const { return totals_; }

private:
    void begin_once();

    Formatter& formatter_;
    std::ostream& out_;
    ReportStart start_;
    ReportTotals totals_;
    bool begun_ = false;
};

// "text", "json", "sarif", "junit" or "github"; an unknown name is an error that lists the known
// ones.
Result<std::unique_ptr<Formatter>> make_formatter(std::string_view name,
                                                  const FormatOptions& options);

std::vector<std::string_view> formatter_names();

} // namespace medloc
