#pragma once

#include "checks/rule.h"

namespace medloc {

// A trailing zero after a decimal separator (1,0 mg) is misread as ten times the dose when
// the separator is missed.
class TrailingZeroRule final : public RuleBase<TrailingZeroRule> {
public:
    static constexpr RuleInfo kInfo{"medical.trailing-zero", Severity::warning,
                                    "a trailing zero in a dose (1,0 mg is misread as 10 mg)"};
    void check(const Article& article, CheckContext& context, FindingSink& sink) const override;
};

} // namespace medloc
