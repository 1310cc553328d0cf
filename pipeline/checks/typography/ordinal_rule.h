#pragma once

#include "checks/rule.h"

namespace medloc {

// French ordinal abbreviations are 1er, 1re, 2e, 3e…, not 2ème, 2ième or 1ère.
class OrdinalRule final : public RuleBase<OrdinalRule> {
public:
    static constexpr RuleInfo kInfo{
        "typography.ordinal", Severity::warning,
        "a French ordinal abbreviation such as 2ème or 1ère (write 2e, 1re)"};
    void check(const Article& article, CheckContext& context, FindingSink& sink) const override;
};

} // namespace medloc
