#pragma once

#include "checks/rule.h"

namespace medloc {

// A unit whose source changed after it was translated: marked stale by medloc extract
// (subState medloc:stale), or, before any extract, recording a source hash that is not its
// block's current one in the source article the project's layout locates.
class StaleUnitRule final : public RuleBase<StaleUnitRule> {
public:
    static constexpr RuleInfo kInfo{"translation.stale", Severity::warning,
                                    "the source changed after the translation was made"};
    void check_bilingual(const BilingualDocument& document, CheckContext& context,
                         FindingSink& sink) const override;
};

} // namespace medloc
