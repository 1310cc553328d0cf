#include "output/sarif_formatter.h"

#include "core/version.h"
#include "output/artifact_uri.h"
#include "output/rule_pages.h"
#include "text/utf8.h"

#include <nlohmann/json.hpp>

namespace medloc {

namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kSourceRoot = "%SRCROOT%";
constexpr const char* kResults = "\x01"
                                 "results\x01";

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

// The page's Markdown without its emphasis and code marks, for viewers that show text.
std::string plain_text_of(std::string_view markdown) {
    std::string text;
    text.reserve(markdown.size());
    bool line_start = true;
    for (std::size_t i = 0; i < markdown.size(); ++i) {
        const char c = markdown[i];
        if (line_start && c == '#') {
            while (i + 1 < markdown.size() && (markdown[i + 1] == '#' || markdown[i + 1] == ' '))
                ++i;
            continue;
        }
        line_start = c == '\n';
        if (c == '`' || (c == '*' && i + 1 < markdown.size() && markdown[i + 1] == '*')) {
            if (c == '*')
                ++i;
            continue;
        }
        text += c;
    }
    return text;
}

Json rule_json(const RuleInfo& info, const FormatOptions& options) {
    const std::string id(info.id);
    Json rule = {{"id", id}, {"shortDescription", {{"text", std::string(info.summary)}}}};
    if (!options.rules_url.empty())
        rule["helpUri"] = options.rules_url + (options.rules_url.ends_with('/') ? "" : "/") +
                          percent_encode_path(id) + ".md";
    if (const auto page = rule_page(id))
        rule["help"] = {{"text", plain_text_of(*page)}, {"markdown", std::string(*page)}};
    else
        rule["help"] = {{"text", std::string(info.summary)}};
    rule["defaultConfiguration"] = {{"level", level_of(info.default_severity)}};
    return rule;
}

// Relative paths are relative to the directory medloc ran in, %SRCROOT%.
Json artifact_location(const std::string& file) {
    if (!file.empty() && file.front() == '/')
        return {{"uri", file_uri(file)}};
    return {{"uri", percent_encode_path(file)}, {"uriBaseId", kSourceRoot}};
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

Json fix_json(const Finding& finding, const Fix& fix) {
    const Json deleted = {{"startLine", fix.start.line},
                          {"startColumn", fix.start.column},
                          {"endColumn", fix.end_column}};
    const Json replacement = {{"deletedRegion", deleted},
                              {"insertedContent", {{"text", fix.replacement}}}};
    return {{"description", {{"text", "replace with '" + fix.replacement + "'"}}},
            {"artifactChanges", Json::array({{{"artifactLocation", artifact_location(finding.file)},
                                              {"replacements", Json::array({replacement})}}})}};
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
    // Only mechanical fixes: a spelling or terminology suggestion is for a person to choose.
    if (finding.fix)
        result["fixes"] = Json::array({fix_json(finding, *finding.fix)});
    if (!finding.locale.empty())
        result["properties"] = {{"locale", finding.locale}};
    return result;
}

} // namespace

void SarifFormatter::begin(const ReportStart& start, std::ostream& out) {
    Json rules = Json::array();
    rule_index_.clear();
    if (start.rules != nullptr) {
        for (const RuleInfo& info : *start.rules) {
            rule_index_[std::string(info.id)] = static_cast<int>(rules.size());
            rules.push_back(rule_json(info, options_));
        }
    }
    Json driver = {{"name", "medloc"},
                   {"version", std::string(tool_version())},
                   {"semanticVersion", std::string(tool_version())},
                   {"rules", std::move(rules)}};
    Json run = {{"tool", {{"driver", std::move(driver)}}}};
    if (!options_.source_root.empty())
        run["originalUriBaseIds"] = {
            {kSourceRoot,
             {{"uri", file_uri(options_.source_root, true)},
              {"description", {{"text", "the directory medloc ran in"}}}}}};
    run["columnKind"] = "unicodeCodePoints";
    run["results"] = kResults;
    // What follows the results is known from the start.
    const Json root = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                       {"version", "2.1.0"},
                       {"runs", Json::array({std::move(run)})}};
    results_.begin(out, root);
}

void SarifFormatter::add(std::span<const Finding> findings, std::ostream& out) {
    for (const Finding& finding : findings)
        results_.add(out, result_json(finding, rule_index_));
}

void SarifFormatter::end(const ReportTotals&, std::ostream& out) {
    results_.end(out);
}

} // namespace medloc
