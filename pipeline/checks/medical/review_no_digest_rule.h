#pragma once

#include "checks/rule.h"

namespace medloc {

// An approved article whose review element records no digest of the reviewed content (or
// one of a form this medloc does not know): nothing shows that the text is the one the
// reviewer read, so it is treated as unreviewed.
class ReviewNoDigestRule final : public RuleBase<ReviewNoDigestRule> {
public:
    static constexpr RuleInfo kInfo{
        "medical.review-no-digest", Severity::error,
        "an approved article that does not record a digest of what was reviewed"};
    void check(const Article& article, CheckContext& context, FindingSink& sink) const override;
};

} // namespace medloc
