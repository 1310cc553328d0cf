#pragma once

#include "checks/rule.h"

namespace medloc {

// A <dose> element carries the dose twice, in machine form (value, unit) for apps and as
// text for readers; the two must say the same, in articles and in translations.
class DoseElementMismatchRule final : public RuleBase<DoseElementMismatchRule> {
public:
    static constexpr RuleInfo kInfo{
        "medical.dose-element-mismatch", Severity::error,
        "a dose element whose value or unit attributes disagree with its text"};
    void check(const Article& article, CheckContext& context, FindingSink& sink) const override;
    void check_bilingual(const BilingualDocument& document, CheckContext& context,
                         FindingSink& sink) const override;
};

} // namespace medloc
