#include "core/finding.h"

#include <algorithm>
#include <tuple>

namespace medloc {

bool reported_before(const Finding& a, const Finding& b) {
    return std::tie(a.file, a.position.line, a.position.column, a.rule_id, a.message) <
           std::tie(b.file, b.position.line, b.position.column, b.rule_id, b.message);
}

void sort_findings(std::vector<Finding>& findings) {
    std::stable_sort(findings.begin(), findings.end(), reported_before);
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
