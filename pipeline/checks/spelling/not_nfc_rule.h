#pragma once

#include "checks/rule.h"

namespace medloc {

// Text that is not in Unicode Normalization Form C: "é" written as "e" + U+0301. It looks
// right but breaks search, spell checking and comparison with translations.
class NotNfcRule final : public RuleBase<NotNfcRule> {
public:
    static constexpr RuleInfo kInfo{"spelling.not-nfc", Severity::warning,
                                    "text is not in Unicode Normalization Form C"};
    void check(const Article& article, CheckContext& context, FindingSink& sink) const override;
};

} // namespace medloc
