#include "core/severity_policy.h"

#include <algorithm>

namespace medloc {

void SeverityPolicy::set(const std::string& rule_id, std::optional<Severity> severity) {
    overrides_[rule_id] = severity;
}

bool SeverityPolicy::enabled(const std::string& rule_id) const {
    auto it = overrides_.find(rule_id);
    return it == overrides_.end() || it->second.has_value();
}

void SeverityPolicy::apply(std::vector<Finding>& findings) const {
    std::erase_if(findings, [this](const Finding& f) { return !enabled(f.rule_id); });
    for (Finding& finding : findings) {
        auto it = overrides_.find(finding.rule_id);
        if (it != overrides_.end())
            finding.severity = *it->second;
    }
}

void SeverityPolicy::apply(FindingList& findings) const {
    if (overrides_.empty())
        return;
    findings.keep_if([this](Finding& finding) {
        if (!enabled(finding.rule_id))
            return false;
        if (auto it = overrides_.find(finding.rule_id); it != overrides_.end())
            finding.severity = *it->second;
        return true;
    });
}

} // namespace medloc
