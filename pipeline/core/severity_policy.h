#pragma once

#include "core/finding.h"
#include "core/finding_list.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace medloc {

// The project's choice of severity per rule: the one place where configured severities
// and disabled rules ("off") are applied, so that rules only ever emit their default.
class SeverityPolicy {
public:
    void set(const std::string& rule_id, std::optional<Severity> severity);

    bool enabled(const std::string& rule_id) const;

    // Rewrites severities and drops findings of disabled rules.
    void apply(std::vector<Finding>& findings) const;
    void apply(FindingList& findings) const;

private:
    // Gives the finding its configured severity; false when its rule is off.
    bool settle(Finding& finding) const;

    std::map<std::string, std::optional<Severity>, std::less<>> overrides_;
};

} // namespace medloc
