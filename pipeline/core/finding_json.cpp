#include "core/finding_json.h"

#include "core/json_fields.h"

namespace medloc {

namespace {

using Json = nlohmann::ordered_json;

Json optional_text(const std::string& text) {
    return text.empty() ? Json(nullptr) : Json(text);
}

Json optional_number(int number) {
    return number > 0 ? Json(number) : Json(nullptr);
}

int number_or_zero(const Json& item, const char* key) {
    const auto it = item.find(key);
    return it != item.end() && it->is_number_integer() ? it->get<int>() : 0;
}

} // namespace

Json finding_to_json(const Finding& finding) {
    // An object from the start: nlohmann turns a null value into an object on its first
    // operator[], and when that allocation fails it leaves a value that claims to be an
    // object without one, which crashes when it is destroyed. Out of memory must stay an
    // exception (exit 2).
    Json json = Json::object();
    json["rule_id"] = finding.rule_id;
    json["severity"] = std::string(to_string(finding.severity));
    json["file"] = finding.file;
    json["line"] = optional_number(finding.position.line);
    json["column"] = optional_number(finding.position.column);
    json["document_id"] = optional_text(finding.document_id);
    json["block_id"] = optional_text(finding.block_id);
    json["locale"] = optional_text(finding.locale);
    json["message"] = finding.message;
    json["flagged_text"] = optional_text(finding.flagged_text);
    json["suggestions"] = finding.suggestions;
    return json;
}

Result<Finding> finding_from_json(const Json& item) {
    const auto is_text = [&](const char* key) { return has_text_field(item, key); };
    if (!item.is_object() || !is_text("rule_id") || !is_text("severity") || !is_text("file") ||
        !is_text("message"))
        return Error{"a finding lacks rule_id, severity, file or message"};
    Finding finding;
    finding.rule_id = item["rule_id"];
    const std::string severity_name = item["severity"];
    auto severity = parse_severity(severity_name);
    if (!severity)
        return Error{"unknown severity '" + severity_name + "'"};
    finding.severity = *severity;
    finding.file = item["file"];
    finding.position = {number_or_zero(item, "line"), number_or_zero(item, "column")};
    finding.document_id = text_field(item, "document_id");
    finding.block_id = text_field(item, "block_id");
    finding.locale = text_field(item, "locale");
    finding.message = item["message"];
    finding.flagged_text = text_field(item, "flagged_text");
    if (const auto it = item.find("suggestions"); it != item.end() && it->is_array())
        for (const Json& suggestion : *it)
            if (suggestion.is_string())
                finding.suggestions.push_back(suggestion.get<std::string>());
    return finding;
}

} // namespace medloc
