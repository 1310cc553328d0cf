#pragma once

#include "checks/rule.h"

namespace medloc {

// A decimal point in French text can be misread: 2.5 mg must read 2,5 mg.
class DecimalPointRule final : public RuleBase<DecimalPointRule> {
public:
    static constexpr RuleInfo kInfo{
        "typography.decimal-point", Severity::error,
        "a decimal point in a French number (2.5 mg is written 2,5 mg)"};
    void check(const Article& article, CheckContext& context, FindingSink& sink) const override;
};

} // namespace medloc
