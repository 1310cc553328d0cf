#include "core/finding.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <tuple>

namespace medloc {

bool reported_before(const Finding& a, const Finding& b) {
    return std::tie(a.file, a.position.line, a.position.column, a.rule_id, a.message) <
           std::tie(b.file, b.position.line, b.position.column, b.rule_id, b.message);
}

void sort_findings(std::vector<Finding>& findings) {
    // Sorts small keys rather than findings: std::stable_sort on the findings would hold a
    // buffer of half of them (hundreds of bytes each, and one big article has hundreds of
    // thousands). A key holds the rank of the finding's file among the files and its
    // position, so that most comparisons read neither the findings nor their strings.
    struct Key {
        std::uint32_t file_rank;
        int line;
        int column;
        std::uint32_t index;
    };
    std::vector<std::string_view> files; // each file once; a file's findings usually follow
    std::vector<Key> keys(findings.size());
    for (std::size_t i = 0; i < findings.size(); ++i) {
        if (files.empty() || files.back() != findings[i].file)
            files.push_back(findings[i].file);
        keys[i] = {0, findings[i].position.line, findings[i].position.column,
                   static_cast<std::uint32_t>(i)};
    }
    std::sort(files.begin(), files.end());
    files.erase(std::unique(files.begin(), files.end()), files.end());
    std::string_view ranked_file;
    std::uint32_t rank = 0;
    for (Key& key : keys) {
        const std::string& file = findings[key.index].file;
        if (key.index == 0 || file != ranked_file) {
            rank = static_cast<std::uint32_t>(std::lower_bound(files.begin(), files.end(), file) -
                                              files.begin());
            ranked_file = file;
        }
        key.file_rank = rank;
    }
    std::sort(keys.begin(), keys.end(), [&](const Key& a, const Key& b) {
        if (std::tie(a.file_rank, a.line, a.column) != std::tie(b.file_rank, b.line, b.column))
            return std::tie(a.file_rank, a.line, a.column) <
                   std::tie(b.file_rank, b.line, b.column);
        // Same file and position: the rest of the report order, then the order they came in.
        if (reported_before(findings[a.index], findings[b.index]))
            return true;
        return !reported_before(findings[b.index], findings[a.index]) && a.index < b.index;
    });
    std::vector<std::uint32_t> order(keys.size());
    for (std::size_t i = 0; i < keys.size(); ++i)
        order[i] = keys[i].index;
    keys = {};
    // Puts each finding in place by following the cycles of the permutation: slot i takes
    // the finding at order[i].
    for (std::size_t start = 0; start < order.size(); ++start) {
        if (order[start] == start)
            continue;
        Finding held = std::move(findings[start]);
        std::size_t slot = start;
        while (order[slot] != start) {
            const std::size_t from = order[slot];
            findings[slot] = std::move(findings[from]);
            order[slot] = static_cast<std::uint32_t>(slot);
            slot = from;
        }
        findings[slot] = std::move(held);
        order[slot] = static_cast<std::uint32_t>(slot);
    }
}

FindingCounts count_by_severity(const std::vector<Finding>& findings) {
    FindingCounts counts;
    for (const Finding& finding : findings) {
        switch (finding.severity) {
        case Severity::error:
            ++counts.errors;
            break;
        case Severity::warning:
            ++counts.warnings;
            break;
        case Severity::info:
            ++counts.infos;
            break;
        }
    }
    return counts;
}

} // namespace medloc
