#pragma once

#include "checks/rule.h"

namespace medloc {

// A word glued to the preceding : ; ! ? (as in 'sous-jacentes :Certaines').
class MissingSpaceAfterRule final : public RuleBase<MissingSpaceAfterRule> {
public:
    static constexpr RuleInfo kInfo{"typography.missing-space-after", Severity::warning,
                                    "no space after : ; ! ? before the next word"};
    void check(const Article& article, CheckContext& context, FindingSink& sink) const override;
};

} // namespace medloc
