#pragma once

#include "checks/rule.h"

namespace medloc {

// French typesetting uses the single character … (U+2026).
class EllipsisRule final : public RuleBase<EllipsisRule> {
public:
    static constexpr RuleInfo kInfo{
        "typography.ellipsis", Severity::info,
        "three dots instead of the ellipsis character … in French text"};
    void check(const Article& article, CheckContext& context, FindingSink& sink) const override;
};

} // namespace medloc
