#pragma once

#include "checks/rule.h"

namespace medloc {

// An approved article whose medical review is older than medical.review-max-age months:
// medicine changes, and the approval no longer vouches for the text.
class ReviewExpiredRule final : public RuleBase<ReviewExpiredRule> {
public:
    static constexpr RuleInfo kInfo{
        "medical.review-expired", Severity::warning,
        "an approved article whose medical review is older than the allowed age"};
    void check(const Article& article, CheckContext& context, FindingSink& sink) const override;
};

} // namespace medloc
