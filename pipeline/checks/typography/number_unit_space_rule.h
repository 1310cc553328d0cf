#pragma once

#include "checks/rule.h"

namespace medloc {

// Numbers and units are separated by a space, a no-break one in French so that 500 and mg stay on
// one line.
class NumberUnitSpaceRule final : public RuleBase<NumberUnitSpaceRule> {
public:
    static constexpr RuleInfo kInfo{
        "typography.number-unit-space", Severity::warning,
        "a number glued to its unit (500mg), or in French separated by a breaking space"};
    void check(const Article& article, CheckContext& context, FindingSink& sink) const override;
};

} // namespace medloc
