#pragma once

#include "checks/rule.h"

namespace medloc {

// Entries of kind `calque` in the project's usage files (terminology/*.usage).
class CalqueRule final : public RuleBase<CalqueRule> {
public:
    static constexpr RuleInfo kInfo{"usage.calque", Severity::warning,
                                    "an English expression or construction translated word for "
                                    "word (sur une base quotidienne, être confortable)"};
    void check(const Article& article, CheckContext& context, FindingSink& sink) const override;
};

} // namespace medloc
