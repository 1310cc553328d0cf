#include "core/finding_json.h"

#include "core/json_fields.h"
#include "core/json_text.h"

#include <algorithm>
#include <cstdint>
#include <string_view>

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

// Members of an object written as text, at a given indentation, in dump(2)'s layout.
class ObjectText {
public:
    ObjectText(std::string& out, std::size_t indent) : out_(out), indent_(indent) {}

    // Starts the member `key` (plain ASCII, no escaping needed); its value follows.
    void key(std::string_view key) {
        out_ += first_ ? "{\n" : ",\n";
        first_ = false;
        out_.append(indent_ + 2, ' ');
        out_ += '"';
        out_ += key;
        out_ += "\": ";
    }
    // A member whose name is data (a message argument).
    void escaped_key(std::string_view key) {
        out_ += first_ ? "{\n" : ",\n";
        first_ = false;
        out_.append(indent_ + 2, ' ');
        append_json_string(out_, key);
        out_ += ": ";
    }
    void close() {
        if (first_) {
            out_ += "{}";
            return;
        }
        out_ += '\n';
        out_.append(indent_, ' ');
        out_ += '}';
    }
    std::size_t member_indent() const { return indent_ + 2; }

private:
    std::string& out_;
    std::size_t indent_;
    bool first_ = true;
};

void append_text_or_null(std::string& out, const std::string& text) {
    if (text.empty())
        out += "null";
    else
        append_json_string(out, text);
}

void append_number_or_null(std::string& out, int number) {
    if (number > 0)
        append_json_integer(out, number);
    else
        out += "null";
}

void append_string_array(std::string& out, const std::vector<std::string>& items,
                         std::size_t indent) {
    if (items.empty()) {
        out += "[]";
        return;
    }
    out += "[\n";
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += ",\n";
        out.append(indent + 2, ' ');
        append_json_string(out, items[i]);
    }
    out += '\n';
    out.append(indent, ' ');
    out += ']';
}

void append_fix_json(std::string& out, const Fix& fix, std::size_t indent) {
    ObjectText object(out, indent);
    object.key("offset");
    append_json_unsigned(out, fix.offset);
    object.key("length");
    append_json_unsigned(out, fix.length);
    object.key("replacement");
    append_json_string(out, fix.replacement);
    object.key("line");
    append_json_integer(out, fix.start.line);
    object.key("column");
    append_json_integer(out, fix.start.column);
    object.key("end_column");
    append_json_integer(out, fix.end_column);
    object.close();
}

// As finding_to_json's object of arguments: a name given twice keeps its first place and
// its last value (an ordered map's operator[]).
void append_arguments_json(std::string& out, const std::vector<MessageArgument>& arguments,
                           std::size_t indent) {
    struct Member {
        const MessageArgument* argument;
        long long number;
    };
    std::vector<Member> members;
    members.reserve(arguments.size());
    for (const MessageArgument& argument : arguments) {
        const long long number =
            !argument.is_list && argument.is_number ? std::stoll(argument.text) : 0;
        const auto same = std::find_if(members.begin(), members.end(), [&](const Member& m) {
            return m.argument->name == argument.name;
        });
        if (same != members.end())
            *same = {&argument, number};
        else
            members.push_back({&argument, number});
    }
    ObjectText object(out, indent);
    for (const Member& member : members) {
        object.escaped_key(member.argument->name);
        if (member.argument->is_list)
            append_string_array(out, member.argument->items, object.member_indent());
        else if (member.argument->is_number)
            append_json_integer(out, member.number);
        else
            append_json_string(out, member.argument->text);
    }
    object.close();
}

} // namespace

void append_finding_json(std::string& out, const Finding& finding, std::size_t indent) {
    ObjectText object(out, indent);
    object.key("rule_id");
    append_json_string(out, finding.rule_id);
    object.key("severity");
    append_json_string(out, to_string(finding.severity));
    object.key("file");
    append_json_string(out, finding.file);
    object.key("line");
    append_number_or_null(out, finding.position.line);
    object.key("column");
    append_number_or_null(out, finding.position.column);
    object.key("document_id");
    append_text_or_null(out, finding.document_id);
    object.key("block_id");
    append_text_or_null(out, finding.block_id);
    object.key("locale");
    append_text_or_null(out, finding.locale);
    object.key("message");
    append_json_string(out, finding.message);
    object.key("flagged_text");
    append_text_or_null(out, finding.flagged_text);
    object.key("suggestions");
    append_string_array(out, finding.suggestions, object.member_indent());
    if (finding.fix) {
        object.key("fix");
        append_fix_json(out, *finding.fix, object.member_indent());
    }
    if (!finding.message_id.empty()) {
        object.key("message_id");
        append_json_string(out, finding.message_id);
        object.key("message_arguments");
        append_arguments_json(out, finding.message_arguments, object.member_indent());
    }
    object.close();
}

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
