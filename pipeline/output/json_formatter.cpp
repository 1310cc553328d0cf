#include "output/json_formatter.h"

#include "core/finding_json.h"
#include "core/version.h"

#include <map>

#include <nlohmann/json.hpp>

namespace medloc {

using Json = nlohmann::ordered_json;

void JsonFormatter::write(const Report& report, std::ostream& out) const {
    Json root;
    root["tool"] = {{"name", "medloc"}, {"version", std::string(tool_version())}};
    root["format_version"] = 1;
    Json findings = Json::array();
    std::map<std::string, int> by_rule;
    for (const Finding& finding : report.findings) {
        findings.push_back(finding_to_json(finding));
        ++by_rule[finding.rule_id];
    }
    root["findings"] = std::move(findings);
    if (report.checked_files != nullptr)
        root["checked_files"] = *report.checked_files;
    const FindingCounts counts = count_by_severity(report.findings);
    Json summary;
    summary["files"] = report.files;
    summary["findings"] = report.findings.size();
    summary["errors"] = counts.errors;
    summary["warnings"] = counts.warnings;
    summary["infos"] = counts.infos;
    summary["by_rule"] = Json::object();
    for (const auto& [rule, count] : by_rule)
        summary["by_rule"][rule] = count;
    root["summary"] = std::move(summary);
    // Invalid UTF-8 never reaches here (files are checked first); replace rather than throw.
    out << root.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

} // namespace medloc
