#pragma once

#include "checks/rule.h"

namespace medloc {

// A term the termbase marks deprecated or superseded for the block's locale.
class DeprecatedTermRule final : public RuleBase<DeprecatedTermRule> {
public:
    static constexpr RuleInfo kInfo{"terminology.deprecated-term", Severity::error,
                                    "a term the termbase marks deprecated or superseded"};
    void check(const Article& article, CheckContext& context, FindingSink& sink) const override;
};

} // namespace medloc
