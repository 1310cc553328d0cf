#include "output/json_report_reader.h"

#include "core/finding_json.h"
#include "core/json_fields.h"
#include "core/untrusted_json.h"

namespace medloc {

namespace {
using json = nlohmann::ordered_json;
} // namespace

Result<ReadReport> read_json_report(const std::string& text, const std::string& name) {
    const auto invalid = [&](const std::string& why) {
        return Error{name + " is not a medloc JSON report (" + why + ")"};
    };
    auto parsed = parse_untrusted_json<json>(text);
    if (!parsed)
        return invalid(parsed.error().message);
    const json& root = parsed.value();
    if (!root.is_object() || !root.contains("tool") ||
        text_field(root["tool"], "name") != "medloc" || !root.contains("format_version") ||
        root["format_version"] != 1)
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
        auto finding = finding_from_json(item);
        if (!finding)
            return invalid(finding.error().message);
        report.findings.push_back(std::move(finding).value());
    }
    return report;
}

} // namespace medloc
