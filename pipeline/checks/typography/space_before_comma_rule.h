#pragma once

#include "checks/rule.h"

namespace medloc {

// Full stops and commas follow the word directly, in every language.
class SpaceBeforeCommaRule final : public RuleBase<SpaceBeforeCommaRule> {
public:
    static constexpr RuleInfo kInfo{"typography.space-before-comma", Severity::warning,
                                    "a space before a full stop or a comma"};
    void check(const Article& article, CheckContext& context, FindingSink& sink) const override;
};

} // namespace medloc
