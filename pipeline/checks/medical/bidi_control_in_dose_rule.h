#pragma once

#include "checks/rule.h"

namespace medloc {

// A bidirectional control character (formatting or mark) in a number or a dose: the digits
// or the parts of a range can show in another order than they are stored ("100 mg" seen as
// "001 mg"), so a reader and a program read different amounts.
class BidiControlInDoseRule final : public RuleBase<BidiControlInDoseRule> {
public:
    static constexpr RuleInfo kInfo{
        "medical.bidi-control-in-dose", Severity::error,
        "a bidirectional control character inside a number or dose (it can reorder the digits)"};
    void check(const Article& article, CheckContext& context, FindingSink& sink) const override;
    void check_bilingual(const BilingualDocument& document, CheckContext& context,
                         FindingSink& sink) const override;
};

} // namespace medloc
