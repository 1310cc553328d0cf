#pragma once

#include "checks/rule.h"

namespace medloc {

// Block ids key XLIFF units and bundle entries: two elements with one id would make
// one translation land in two places.
class DuplicateIdRule final : public RuleBase<DuplicateIdRule> {
public:
    static constexpr RuleInfo kInfo{"schema.duplicate-id", Severity::error,
                                    "an id is used by more than one element of an article"};
    void check(const Article& article, CheckContext& context, FindingSink& sink) const override;
};

} // namespace medloc
