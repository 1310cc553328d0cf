#pragma once

#include "checks/rule.h"

namespace medloc {

// The article id is its file name: tools find an article's translations and bundle files
// by id, so the two must not drift apart.
class IdMismatchRule final : public RuleBase<IdMismatchRule> {
public:
    static constexpr RuleInfo kInfo{"schema.id-mismatch", Severity::error,
                                    "an article's id differs from its file name"};
    void check(const Article& article, CheckContext& context, FindingSink& sink) const override;
};

} // namespace medloc
