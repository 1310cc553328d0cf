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

bool SeverityPolicy::settle(Finding& finding) const {
    const auto it = overrides_.find(finding.rule_id);
    if (it == overrides_.end())
        return true;
    if (!it->second)
        return false; // "off"
    finding.severity = *it->second;
    return true;
}

void SeverityPolicy::apply(std::vector<Finding>& findings) const {
    std::erase_if(findings, [this](Finding& finding) { return !settle(finding); });
}

void SeverityPolicy::apply(FindingList& findings) const {
    if (overrides_.empty())
        return; // nothing to change: the list is not rewritten
    findings.keep_if([this](Finding& finding) { return settle(finding); });
}

} // namespace medloc
