#pragma once

#include "checks/rule.h"

namespace medloc {

// Every dose of a source segment must be in its translation with the same amount: a dose that
// reads 2.5 mg in French and 25 mg in English can hurt someone.
class DoseMismatchRule final : public RuleBase<DoseMismatchRule> {
public:
    static constexpr RuleInfo kInfo{
        "medical.dose-mismatch", Severity::error,
        "a dose of the source is missing or changed in the translation"};
    void check_bilingual(const BilingualDocument& document, CheckContext& context,
                         FindingSink& sink) const override;
};

} // namespace medloc
