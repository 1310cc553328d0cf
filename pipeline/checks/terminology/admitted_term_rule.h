#pragma once

#include "checks/rule.h"

namespace medloc {

// An admitted term where the termbase has a preferred one for the same concept.
class AdmittedTermRule final : public RuleBase<AdmittedTermRule> {
public:
    static constexpr RuleInfo kInfo{"terminology.admitted-term", Severity::info,
                                    "an admitted term where the termbase prefers another"};
    void check(const Article& article, CheckContext& context, FindingSink& sink) const override;
};

} // namespace medloc
