#pragma once

#include "checks/rule.h"

namespace medloc {

// Numbers compared after locale-aware parsing (ICU): 2.5 in English is 2,5 in French.
class NumberMismatchRule final : public RuleBase<NumberMismatchRule> {
public:
    static constexpr RuleInfo kInfo{
        "translation.number-mismatch", Severity::error,
        "a number of the source is missing from the target, or the target has another"};
    void check_bilingual(const BilingualDocument& document, CheckContext& context,
                         FindingSink& sink) const override;
};

} // namespace medloc
