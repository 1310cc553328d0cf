#include "output/json_formatter.h"

#include "core/version.h"

#include <map>

#include <nlohmann/json.hpp>

namespace medloc {

namespace {

using Json = nlohmann::ordered_json;

Json optional_text(const std::string& text) {
    return text.empty() ? Json(nullptr) : Json(text);
}

Json finding_json(const Finding& finding) {
    Json json;
    json["rule_id"] = finding.rule_id;
    json["severity"] = std::string(to_string(finding.severity));
    json["file"] = finding.file;
    json["line"] = finding.position.line > 0 ? Json(finding.position.line) : Json(nullptr);
    json["column"] = finding.position.column > 0 ? Json(finding.position.column) : Json(nullptr);
    json["document_id"] = optional_text(finding.document_id);
    json["block_id"] = optional_text(finding.block_id);
    json["locale"] = optional_text(finding.locale);
    json["message"] = finding.message;
    json["flagged_text"] = optional_text(finding.flagged_text);
    json["suggestions"] = finding.suggestions;
    return json;
}

} // namespace

void JsonFormatter::write(const Report& report, std::ostream& out) const {
    Json root;
    root["tool"] = {{"name", "medloc"}, {"version", std::string(tool_version())}};
    root["format_version"] = 1;
    Json findings = Json::array();
    std::map<std::string, int> by_rule;
    for (const Finding& finding : report.findings) {
        findings.push_back(finding_json(finding));
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
