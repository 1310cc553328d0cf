#include "engine/baseline.h"

#include "core/file_read.h"
#include "core/json_fields.h"
#include "core/sha256.h"
#include "core/untrusted_json.h"
#include "core/version.h"

#include <algorithm>
#include <tuple>

#include <nlohmann/json.hpp>

namespace medloc {

namespace {

using json = nlohmann::json;

std::string identity(const Finding& finding) {
    const std::string& text = finding.flagged_text.empty() ? finding.message : finding.flagged_text;
    // Unit separators keep the fields apart whatever they contain.
    return finding.rule_id + '\x1f' + finding.file + '\x1f' + finding.block_id + '\x1f' + text;
}

std::string fingerprint(const std::string& identity, int rank) {
    return sha256_hex(identity + '\x1f' + std::to_string(rank));
}

} // namespace

std::vector<std::string> finding_fingerprints(const std::vector<Finding>& findings) {
    std::map<std::string, int> seen;
    std::vector<std::string> out;
    out.reserve(findings.size());
    for (const Finding& finding : findings) {
        const std::string key = identity(finding);
        out.push_back(fingerprint(key, seen[key]++));
    }
    return out;
}

std::string baseline_json(const std::vector<Finding>& findings) {
    const std::vector<std::string> fingerprints = finding_fingerprints(findings);
    std::vector<json> entries;
    for (std::size_t i = 0; i < findings.size(); ++i)
        entries.push_back({{"fingerprint", fingerprints[i]},
                           {"rule_id", findings[i].rule_id},
                           {"file", findings[i].file},
                           {"block_id", findings[i].block_id},
                           {"text", findings[i].flagged_text.empty() ? findings[i].message
                                                                     : findings[i].flagged_text}});
    std::sort(entries.begin(), entries.end(), [](const json& a, const json& b) {
        return std::tie(a["file"].get_ref<const std::string&>(),
                        a["fingerprint"].get_ref<const std::string&>()) <
               std::tie(b["file"].get_ref<const std::string&>(),
                        b["fingerprint"].get_ref<const std::string&>());
    });
    const json root = {{"format", "medloc-baseline"},
                       {"format_version", 1},
                       {"tool", {{"name", "medloc"}, {"version", std::string(tool_version())}}},
                       {"findings", entries}};
    return root.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

Result<Baseline> read_baseline(const std::string& path) {
    const JsonLimits limits;
    auto content = read_regular_file(path, limits.max_bytes);
    if (!content)
        return Error{"cannot read the baseline " + path + ": " + content.error().message};
    const auto invalid = [&](const std::string& why) {
        return Error{path + " is not a medloc baseline (" + why +
                     "); write one with 'medloc baseline write " + path + "'"};
    };
    auto parsed = parse_untrusted_json<json>(content.value(), limits);
    if (!parsed)
        return invalid(parsed.error().message);
    const json& root = parsed.value();
    if (!root.is_object() || text_field(root, "format") != "medloc-baseline" ||
        !root.contains("format_version") || root["format_version"] != 1)
        return invalid("unknown format or version");
    if (!root.contains("findings") || !root["findings"].is_array())
        return invalid("no findings list");
    Baseline baseline;
    for (const json& entry : root["findings"]) {
        if (!entry.is_object() || !entry.contains("fingerprint") ||
            !entry["fingerprint"].is_string() ||
            entry["fingerprint"].get<std::string>().size() != 64)
            return invalid("an entry without a fingerprint");
        ++baseline.fingerprints[entry["fingerprint"].get<std::string>()];
    }
    return baseline;
}

bool NewFindingFilter::is_new(const Finding& finding) {
    // A finding's identity holds its file: ranks start again with each file.
    if (finding.file != file_) {
        seen_.clear();
        file_ = finding.file;
    }
    const std::string key = identity(finding);
    auto known = left_.find(fingerprint(key, seen_[key]++));
    if (known == left_.end() || known->second == 0)
        return true;
    --known->second;
    return false;
}

std::vector<Finding> new_findings(const std::vector<Finding>& findings, const Baseline& baseline) {
    NewFindingFilter filter(baseline);
    std::vector<Finding> out;
    for (const Finding& finding : findings)
        if (filter.is_new(finding))
            out.push_back(finding);
    return out;
}

} // namespace medloc
