#pragma once

#include "checks/rule.h"

namespace medloc {

// Unit abbreviations that published lists of error-prone notations advise against: U (read
// as 0 or 4), UI and IU (read as IV or 10), cc (read as U).
class ErrorProneUnitRule final : public RuleBase<ErrorProneUnitRule> {
public:
    static constexpr RuleInfo kInfo{
        "medical.error-prone-unit", Severity::warning,
        "a unit abbreviation in a dose that is often misread (U, UI, IU, cc)"};
    void check(const Article& article, CheckContext& context, FindingSink& sink) const override;
};

} // namespace medloc
