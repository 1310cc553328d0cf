#pragma once

#include "checks/rule.h"
#include "core/rule_options.h"

namespace medloc {

// An approved article whose medical review is older than medical.review-max-age months:
// medicine changes, and the approval no longer vouches for the text.
class ReviewExpiredRule final : public RuleBase<ReviewExpiredRule> {
public:
    static constexpr RuleInfo kInfo{
        "medical.review-expired", Severity::warning,
        "an approved article whose medical review is older than the allowed age"};
    static constexpr SettingSpec kOptions[] = {
        {"medical.review-max-age",
         "review-max-age",
         "24",
         "months after which an approved medical review has expired",
         SettingKind::whole_number,
         {},
         0,
         9999}};

    explicit ReviewExpiredRule(const RuleOptions& options)
        : max_age_months_(static_cast<int>(options.whole_number(kOptions[0]))) {}
    void check(const Article& article, CheckContext& context, FindingSink& sink) const override;

private:
    const int max_age_months_;
};

} // namespace medloc
