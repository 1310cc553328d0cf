#include "output/sarif_formatter.h"

#include "output/streamed_json.h"

#include "core/version.h"
#include "text/utf8.h"

#include <map>

#include <nlohmann/json.hpp>

namespace medloc {

namespace {

using Json = nlohmann::ordered_json;

// SARIF levels: error, warning, note.
std::string level_of(Severity severity) {
    switch (severity) {
    case Severity::error:
        return "error";
    case Severity::warning:
        return "warning";
    default:
        return "note";
    }
}

std::string help_uri(std::string_view rule_id) {
    return "docs/rules/" + std::string(rule_id) + ".md";
}

Json artifact_location(const std::string& file) {
    Json location = {{"uri", file}};
    if (!file.empty() && file.front() != '/')
        location["uriBaseId"] = "%SRCROOT%";
    return location;
}

// The flagged text's region, when the finding has a position; the end column counts
// code points, as medloc's columns do.
Json region_of(const Finding& finding) {
    Json region = {{"startLine", finding.position.line}};
    if (finding.position.column > 0) {
        region["startColumn"] = finding.position.column;
        if (!finding.flagged_text.empty() && finding.flagged_text.find('\n') == std::string::npos)
            region["endColumn"] =
                finding.position.column + static_cast<int>(utf8::length(finding.flagged_text));
    }
    if (!finding.flagged_text.empty())
        region["snippet"] = {{"text", finding.flagged_text}};
    return region;
}

Json result_json(const Finding& finding, const std::map<std::string, int>& rule_index) {
    Json result = {{"ruleId", finding.rule_id}};
    if (auto index = rule_index.find(finding.rule_id); index != rule_index.end())
        result["ruleIndex"] = index->second;
    result["level"] = level_of(finding.severity);
    result["message"] = {{"text", finding.message}};
    Json physical = {{"artifactLocation", artifact_location(finding.file)}};
    if (finding.position.line > 0)
        physical["region"] = region_of(finding);
    Json location = {{"physicalLocation", physical}};
    if (!finding.document_id.empty() || !finding.block_id.empty()) {
        const std::string name =
            finding.document_id + (finding.block_id.empty() ? "" : "#" + finding.block_id);
        location["logicalLocations"] = Json::array({{{"fullyQualifiedName", name}}});
    }
    result["locations"] = Json::array({location});
    if (!finding.suggestions.empty() && finding.position.line > 0 && finding.position.column > 0 &&
        !finding.flagged_text.empty() && finding.flagged_text.find('\n') == std::string::npos) {
        // Only the first suggestion is a fix: SARIF applies fixes, it does not choose.
        Json replacement = {{"deletedRegion", region_of(finding)},
                            {"insertedContent", {{"text", finding.suggestions.front()}}}};
        replacement["deletedRegion"].erase("snippet");
        result["fixes"] = Json::array(
            {{{"description", {{"text", "replace with '" + finding.suggestions.front() + "'"}}},
              {"artifactChanges",
               Json::array({{{"artifactLocation", artifact_location(finding.file)},
                             {"replacements", Json::array({replacement})}}})}}});
    }
    if (!finding.locale.empty())
        result["properties"] = {{"locale", finding.locale}};
    return result;
}

} // namespace

void SarifFormatter::write(const Report& report, std::ostream& out) const {
    Json rules = Json::array();
    std::map<std::string, int> rule_index;
    if (report.rules != nullptr) {
        for (const RuleInfo& info : *report.rules) {
            rule_index[std::string(info.id)] = static_cast<int>(rules.size());
            rules.push_back(
                {{"id", std::string(info.id)},
                 {"shortDescription", {{"text", std::string(info.summary)}}},
                 {"helpUri", help_uri(info.id)},
                 {"help", {{"text", std::string(info.summary) + " (" + help_uri(info.id) + ")"}}},
                 {"defaultConfiguration", {{"level", level_of(info.default_severity)}}}});
        }
    }
    constexpr std::string_view kResults = "\x01results\x01";
    Json driver = {{"name", "medloc"},
                   {"version", std::string(tool_version())},
                   {"semanticVersion", std::string(tool_version())},
                   {"rules", rules}};
    Json root = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                 {"version", "2.1.0"},
                 {"runs", Json::array({{{"tool", {{"driver", driver}}},
                                        {"columnKind", "unicodeCodePoints"},
                                        {"results", std::string(kResults)}}})}};
    write_with_streamed_array(out, root, kResults, report.findings.size(), [&](std::size_t i) {
        return result_json(report.findings[i], rule_index);
    });
}

} // namespace medloc
