#include "output/json_formatter.h"

#include "core/finding_json.h"
#include "core/version.h"

#include <nlohmann/json.hpp>

namespace medloc {

namespace {

using Json = nlohmann::ordered_json;

// The members before the findings.
Json head() {
    Json root = Json::object(); // never promoted from null: see finding_to_json
    root["tool"] = {{"name", "medloc"}, {"version", std::string(tool_version())}};
    root["format_version"] = 1;
    root["findings"] = "\x01"
                       "findings\x01";
    return root;
}

} // namespace

void JsonFormatter::begin(const ReportStart& start, std::ostream& out) {
    checked_files_ = start.checked_files;
    findings_.begin(out, head());
}

void JsonFormatter::add(std::span<const Finding> findings, std::ostream& out) {
    // One write for the group, each finding written as text (no tree per finding).
    std::string text;
    for (const Finding& finding : findings) {
        findings_.open_item(text);
        append_finding_json(text, finding, findings_.item_indent());
    }
    out << text;
}

void JsonFormatter::end(const ReportTotals& totals, std::ostream& out) {
    Json root = head();
    if (checked_files_ != nullptr)
        root["checked_files"] = *checked_files_;
    Json summary = Json::object();
    summary["files"] = totals.files;
    summary["findings"] = totals.findings;
    summary["errors"] = totals.counts.errors;
    summary["warnings"] = totals.counts.warnings;
    summary["infos"] = totals.counts.infos;
    summary["by_rule"] = Json::object();
    for (const auto& [rule, count] : totals.by_rule)
        summary["by_rule"][rule] = count;
    root["summary"] = std::move(summary);
    findings_.end(out, root);
}

} // namespace medloc
