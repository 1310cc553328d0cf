#pragma once

#include "checks/rule.h"

namespace medloc {

// Two different terms of one concept in one article ("pression artérielle" here,
// "tension artérielle" there). Acronyms beside their full form are not reported, nor
// deprecated terms (terminology.deprecated-term reports those).
class MixedSynonymsRule final : public RuleBase<MixedSynonymsRule> {
public:
    static constexpr RuleInfo kInfo{"terminology.mixed-synonyms", Severity::warning,
                                    "two different terms of one concept in one article"};
    void check(const Article& article, CheckContext& context, FindingSink& sink) const override;
};

} // namespace medloc
