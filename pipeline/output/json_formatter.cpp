#include "output/json_formatter.h"

#include "core/finding_json.h"
#include "core/version.h"
#include "output/streamed_json.h"

#include <map>

#include <nlohmann/json.hpp>

namespace medloc {

using Json = nlohmann::ordered_json;

void JsonFormatter::write(const Report& report, std::ostream& out) const {
    constexpr std::string_view kFindings = "\x01findings\x01";
    Json root = Json::object(); // never promoted from null: see finding_to_json
    root["tool"] = {{"name", "medloc"}, {"version", std::string(tool_version())}};
    root["format_version"] = 1;
    root["findings"] = std::string(kFindings);
    std::map<std::string, int> by_rule;
    for (const Finding& finding : report.findings)
        ++by_rule[finding.rule_id];
    if (report.checked_files != nullptr)
        root["checked_files"] = *report.checked_files;
    const FindingCounts counts = count_by_severity(report.findings);
    Json summary = Json::object();
    summary["files"] = report.files;
    summary["findings"] = report.findings.size();
    summary["errors"] = counts.errors;
    summary["warnings"] = counts.warnings;
    summary["infos"] = counts.infos;
    summary["by_rule"] = Json::object();
    for (const auto& [rule, count] : by_rule)
        summary["by_rule"][rule] = count;
    root["summary"] = std::move(summary);
    write_with_streamed_array(out, root, kFindings, report.findings.size(),
                              [&](std::size_t i) { return finding_to_json(report.findings[i]); });
}

} // namespace medloc
