#pragma once

#include "checks/rule.h"

namespace medloc {

// A target copied from its source: the text was not translated.
class UntranslatedRule final : public RuleBase<UntranslatedRule> {
public:
    static constexpr RuleInfo kInfo{"translation.untranslated", Severity::warning,
                                    "the target is identical to the source"};
    void check_bilingual(const BilingualDocument& document, CheckContext& context,
                         FindingSink& sink) const override;
};

} // namespace medloc
