#include "core/finding_json.h"

#include "core/json_fields.h"

#include <cstdint>

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

std::size_t size_or_zero(const Json& item, const char* key) {
    const auto it = item.find(key);
    return it != item.end() && it->is_number_integer() && it->get<std::int64_t>() >= 0
               ? it->get<std::size_t>()
               : 0;
}

Json fix_to_json(const Fix& fix) {
    return {{"offset", fix.offset},           {"length", fix.length},
            {"replacement", fix.replacement}, {"line", fix.start.line},
            {"column", fix.start.column},     {"end_column", fix.end_column}};
}

// A fix whose fields are missing or of the wrong type is dropped: the finding stays, it is
// only no longer fixable.
std::optional<Fix> fix_from_json(const Json& item) {
    if (!item.is_object() || !has_text_field(item, "replacement"))
        return std::nullopt;
    for (const char* key : {"offset", "length", "line", "column", "end_column"})
        // Whole and not negative: signed in a tree built here, unsigned once parsed.
        if (const auto it = item.find(key);
            it == item.end() || !it->is_number_integer() || it->get<std::int64_t>() < 0)
            return std::nullopt;
    Fix fix;
    fix.offset = size_or_zero(item, "offset");
    fix.length = size_or_zero(item, "length");
    fix.replacement = text_field(item, "replacement");
    fix.start = {number_or_zero(item, "line"), number_or_zero(item, "column")};
    fix.end_column = number_or_zero(item, "end_column");
    return fix;
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
    if (finding.fix)
        json["fix"] = fix_to_json(*finding.fix);
    if (!finding.message_id.empty()) {
        json["message_id"] = finding.message_id;
        Json arguments = Json::object();
        for (const MessageArgument& argument : finding.message_arguments)
            arguments[argument.name] = argument.is_list     ? Json(argument.items)
                                       : argument.is_number ? Json(std::stoll(argument.text))
                                                            : Json(argument.text);
        json["message_arguments"] = arguments;
    }
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
    if (const auto it = item.find("fix"); it != item.end())
        finding.fix = fix_from_json(*it);
    finding.message_id = text_field(item, "message_id");
    if (const auto it = item.find("message_arguments"); it != item.end() && it->is_object())
        for (const auto& [name, value] : it->items()) {
            if (value.is_string())
                finding.message_arguments.push_back({name, value.get<std::string>(), false});
            else if (value.is_number_integer())
                finding.message_arguments.push_back(
                    {name, std::to_string(value.get<long long>()), true});
            else if (value.is_array()) {
                MessageArgument list{name, {}, false, true, {}};
                for (const Json& element : value)
                    if (element.is_string())
                        list.items.push_back(element.get<std::string>());
                finding.message_arguments.push_back(std::move(list));
            }
        }
    return finding;
}

} // namespace medloc
