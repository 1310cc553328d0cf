#pragma once

#include "checks/rule.h"

namespace medloc {

// The same word twice in a row ("de de"), separated only by spaces; pairs the language
// allows ("nous nous") are not reported.
class RepeatedWordRule final : public RuleBase<RepeatedWordRule> {
public:
    static constexpr RuleInfo kInfo{"spelling.repeated-word", Severity::warning,
                                    "the same word is written twice in a row"};
    void check(const Article& article, CheckContext& context, FindingSink& sink) const override;
};

} // namespace medloc
