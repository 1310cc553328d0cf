#pragma once

#include "checks/rule.h"

namespace medloc {

// A unit medloc extract marked stale (subState medloc:stale): its translation needs review.
class StaleUnitRule final : public RuleBase<StaleUnitRule> {
public:
    static constexpr RuleInfo kInfo{"translation.stale", Severity::warning,
                                    "the source changed after the translation was made"};
    void check_bilingual(const BilingualDocument& document, CheckContext& context,
                         FindingSink& sink) const override;
};

} // namespace medloc
