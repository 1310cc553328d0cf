#include "project/shards.h"

#include "checks/rule_registry.h"
#include "core/file_read.h"
#include "core/sha256.h"
#include "core/untrusted_json.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <map>
#include <set>

namespace medloc {

Result<Shard> parse_shard(const std::string& text) {
    Shard shard;
    const std::size_t slash = text.find('/');
    const auto number = [](std::string_view part, int& out) {
        const auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), out);
        return ec == std::errc() && end == part.data() + part.size() && !part.empty();
    };
    if (slash == std::string::npos ||
        !number(std::string_view(text).substr(0, slash), shard.index) ||
        !number(std::string_view(text).substr(slash + 1), shard.count) || shard.count < 1 ||
        shard.count > 1000 || shard.index < 1 || shard.index > shard.count)
        return Error{"--shard takes K/N with 1 <= K <= N <= 1000, not '" + text + "'"};
    return shard;
}

std::vector<std::string> files_in_shard(const std::vector<std::string>& files, const Shard& shard) {
    std::vector<std::string> selected;
    for (const std::string& file : files) {
        const std::string digest = sha256_hex(std::filesystem::path(file).stem().string());
        const unsigned long long value = std::stoull(digest.substr(0, 15), nullptr, 16);
        if (static_cast<int>(value % static_cast<unsigned long long>(shard.count)) ==
            shard.index - 1)
            selected.push_back(file);
    }
    return selected;
}

Result<ReadReport> merge_shard_reports(const std::vector<std::string>& paths) {
    ReadReport merged;
    std::map<std::string, std::string> report_of_file; // every file checked, by report
    for (const std::string& path : paths) {
        auto content = read_regular_file(path, JsonLimits{}.max_bytes);
        if (!content)
            return Error{"cannot read " + path + ": " + content.error().message};
        auto report = read_json_report(content.value(), path);
        if (!report)
            return report.error();
        // Shards split the files: a file in two reports (a shard given twice, or reports of
        // different splits) would count its findings twice.
        std::set<std::string> files(report.value().checked_files.begin(),
                                    report.value().checked_files.end());
        if (files.empty())
            for (const Finding& finding : report.value().findings)
                files.insert(finding.file);
        for (const std::string& file : files)
            if (const auto [seen, added] = report_of_file.emplace(file, path); !added)
                return Error{"the reports " + seen->second + " and " + path + " both hold " + file +
                             ": each shard must be given once"};
        merged.files += report.value().files;
        merged.findings.insert(merged.findings.end(), report.value().findings.begin(),
                               report.value().findings.end());
        merged.checked_files.insert(merged.checked_files.end(),
                                    report.value().checked_files.begin(),
                                    report.value().checked_files.end());
    }
    sort_findings(merged.findings);
    std::sort(merged.checked_files.begin(), merged.checked_files.end());
    return merged;
}

Result<FindingCounts> write_merged_report(const Config& config,
                                          const std::vector<std::string>& paths,
                                          StandardOutput standard_output) {
    auto merged = merge_shard_reports(paths);
    if (!merged)
        return merged.error();
    const std::vector<RuleInfo> rules = builtin_rules().infos();
    Report report{merged.value().findings, merged.value().files};
    report.checked_files = &merged.value().checked_files;
    report.rules = &rules;
    return write_report(config, report, standard_output);
}

} // namespace medloc
