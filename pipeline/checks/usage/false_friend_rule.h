#pragma once

#include "checks/rule.h"

namespace medloc {

// Entries of kind `false-friend` in the project's usage files (terminology/*.usage).
class FalseFriendRule final : public RuleBase<FalseFriendRule> {
public:
    static constexpr RuleInfo kInfo{"usage.false-friend", Severity::warning,
                                    "a French word used in the sense of an English look-alike "
                                    "(condition for a disease, drogue for a medicine)"};
    void check(const Article& article, CheckContext& context, FindingSink& sink) const override;
};

} // namespace medloc
