#pragma once

#include "checks/rule.h"

namespace medloc {

// A suppression hides findings from reviewers; it must say why, in reason="…".
// Reported by the engine, which applies suppressions after the content rules.
class MissingReasonRule final : public RuleBase<MissingReasonRule> {
public:
    static constexpr RuleInfo kInfo{"suppression.missing-reason", Severity::error,
                                    "a medloc-ignore instruction without a reason"};
};

} // namespace medloc
