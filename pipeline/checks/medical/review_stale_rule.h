#pragma once

#include "checks/rule.h"

namespace medloc {

// An approved article whose content is no longer what the reviewer approved: its text or
// inline markup changed after `medloc approve` recorded the approval's digest. The
// finding names the blocks that changed when the approval recorded them.
class ReviewStaleRule final : public RuleBase<ReviewStaleRule> {
public:
    static constexpr RuleInfo kInfo{
        "medical.review-stale", Severity::error,
        "an approved article whose content changed after the medical review"};
    void check(const Article& article, CheckContext& context, FindingSink& sink) const override;
};

} // namespace medloc
