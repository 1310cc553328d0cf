#pragma once

#include "checks/rule.h"

namespace medloc {

// An article mixing ' and ’: the less used kind is reported at each use.
class MixedApostrophesRule final : public RuleBase<MixedApostrophesRule> {
public:
    static constexpr RuleInfo kInfo{
        "typography.mixed-apostrophes", Severity::warning,
        "straight ' and typographic ’ apostrophes mixed in one article"};
    void check(const Article& article, CheckContext& context, FindingSink& sink) const override;
};

} // namespace medloc
