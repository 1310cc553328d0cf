#pragma once

#include "checks/rule.h"

namespace medloc {

// Latin prescription abbreviations (q.d., b.i.d., p.r.n.) are misread by patients and by
// professionals (q.d. for q.i.d.); patient content writes them out.
class LatinAbbreviationRule final : public RuleBase<LatinAbbreviationRule> {
public:
    static constexpr RuleInfo kInfo{
        "medical.latin-abbreviation", Severity::warning,
        "a Latin prescription abbreviation (q.d., b.i.d., p.r.n.) in patient content"};
    void check(const Article& article, CheckContext& context, FindingSink& sink) const override;
};

} // namespace medloc
