#pragma once

#include "checks/rule.h"

namespace medloc {

// A dose without a zero before the decimal separator (,5 mg) is misread as ten times the dose
// when the separator is missed.
class MissingLeadingZeroRule final : public RuleBase<MissingLeadingZeroRule> {
public:
    static constexpr RuleInfo kInfo{"medical.missing-leading-zero", Severity::error,
                                    "a dose without its leading zero (,5 mg is misread as 5 mg)"};
    void check(const Article& article, CheckContext& context, FindingSink& sink) const override;
};

} // namespace medloc
