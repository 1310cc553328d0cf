#pragma once

#include "checks/rule.h"

namespace medloc {

// A segment without a translation: coverage counts it as missing; this rule shows where.
class MissingTargetRule final : public RuleBase<MissingTargetRule> {
public:
    static constexpr RuleInfo kInfo{"translation.missing-target", Severity::warning,
                                    "a translatable segment has no target, or an empty one"};
    void check_bilingual(const BilingualDocument& document, CheckContext& context,
                         FindingSink& sink) const override;
};

} // namespace medloc
