#pragma once

#include "checks/rule.h"

namespace medloc {

// In a bilingual unit, a source term whose approved target terms (preferred or admitted
// in the target locale) are all absent from the target.
class MissingTranslationRule final : public RuleBase<MissingTranslationRule> {
public:
    static constexpr RuleInfo kInfo{
        "terminology.missing-translation", Severity::warning,
        "a source term's approved translations are all absent from the target"};
    void check_bilingual(const BilingualDocument& document, CheckContext& context,
                         FindingSink& sink) const override;
};

} // namespace medloc
