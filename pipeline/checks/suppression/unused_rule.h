#pragma once

#include "checks/rule.h"

namespace medloc {

// A suppression that no longer suppresses anything is stale: the text was fixed or moved, and the
// instruction would hide a future finding. Reported by the engine, which applies suppressions after
// the content rules.
class UnusedRule final : public RuleBase<UnusedRule> {
public:
    static constexpr RuleInfo kInfo{"suppression.unused", Severity::warning,
                                    "a medloc-ignore instruction that suppressed no finding"};
};

} // namespace medloc
