#pragma once

#include "checks/rule.h"

namespace medloc {

// Inline codes (XLIFF pc, ph, sc, ec) carry the article's markup: a dose, a link, emphasis.
class InlineCodesRule final : public RuleBase<InlineCodesRule> {
public:
    static constexpr RuleInfo kInfo{"translation.inline-codes", Severity::error,
                                    "inline codes missing, added or re-nested in the target"};
    void check_bilingual(const BilingualDocument& document, CheckContext& context,
                         FindingSink& sink) const override;
};

} // namespace medloc
