#pragma once

#include "checks/rule.h"

namespace medloc {

// A suppression that names no rule (a typo, a renamed rule) suppresses nothing and hides that.
// Reported by the engine, which applies suppressions after the content rules.
class UnknownRuleRule final : public RuleBase<UnknownRuleRule> {
public:
    static constexpr RuleInfo kInfo{
        "suppression.unknown-rule", Severity::error,
        "a medloc-ignore instruction naming a rule that does not exist"};
};

} // namespace medloc
