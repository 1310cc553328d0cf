#include "output/json_report_reader.h"

#include <nlohmann/json.hpp>

namespace medloc {

namespace {

using json = nlohmann::json;

std::string text_or_empty(const json& value) {
    return value.is_string() ? value.get<std::string>() : std::string();
}

int number_or_zero(const json& value) {
    return value.is_number_integer() ? value.get<int>() : 0;
}

} // namespace

Result<ReadReport> read_json_report(const std::string& text, const std::string& name) {
    const json root = json::parse(text, nullptr, false);
    const auto invalid = [&](const std::string& why) {
        return Error{name + " is not a medloc JSON report (" + why + ")"};
    };
    if (root.is_discarded())
        return invalid("not JSON");
    if (!root.is_object() || !root.contains("tool") || root["tool"].value("name", "") != "medloc" ||
        root.value("format_version", 0) != 1)
        return invalid("no medloc tool or format version 1");
    if (!root.contains("findings") || !root["findings"].is_array() || !root.contains("summary") ||
        !root["summary"].is_object() || !root["summary"].contains("files") ||
        !root["summary"]["files"].is_number_integer())
        return invalid("no findings or summary");
    ReadReport report;
    report.files = root["summary"]["files"].get<int>();
    if (root.contains("checked_files")) {
        if (!root["checked_files"].is_array())
            return invalid("checked_files is not a list");
        for (const json& file : root["checked_files"]) {
            if (!file.is_string())
                return invalid("checked_files holds a non-string");
            report.checked_files.push_back(file.get<std::string>());
        }
    }
    for (const json& item : root["findings"]) {
        if (!item.is_object() || !item.contains("rule_id") || !item["rule_id"].is_string() ||
            !item.contains("severity") || !item.contains("file") || !item["file"].is_string() ||
            !item.contains("message") || !item["message"].is_string())
            return invalid("a finding lacks rule_id, severity, file or message");
        Finding finding;
        finding.rule_id = item["rule_id"];
        auto severity = parse_severity(text_or_empty(item["severity"]));
        if (!severity)
            return invalid("unknown severity '" + text_or_empty(item["severity"]) + "'");
        finding.severity = *severity;
        finding.file = item["file"];
        finding.position = {number_or_zero(item.value("line", json())),
                            number_or_zero(item.value("column", json()))};
        finding.document_id = text_or_empty(item.value("document_id", json()));
        finding.block_id = text_or_empty(item.value("block_id", json()));
        finding.locale = text_or_empty(item.value("locale", json()));
        finding.message = item["message"];
        finding.flagged_text = text_or_empty(item.value("flagged_text", json()));
        if (item.contains("suggestions") && item["suggestions"].is_array())
            for (const json& suggestion : item["suggestions"])
                if (suggestion.is_string())
                    finding.suggestions.push_back(suggestion.get<std::string>());
        report.findings.push_back(std::move(finding));
    }
    return report;
}

} // namespace medloc
