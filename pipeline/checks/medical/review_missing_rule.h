#pragma once

#include "checks/rule.h"

namespace medloc {

// An article marked approved must say who approved it and when; otherwise the approval
// cannot be traced or aged.
class ReviewMissingRule final : public RuleBase<ReviewMissingRule> {
public:
    static constexpr RuleInfo kInfo{
        "medical.review-missing", Severity::error,
        "an approved article that does not say who reviewed it or when"};
    void check(const Article& article, CheckContext& context, FindingSink& sink) const override;
};

} // namespace medloc
