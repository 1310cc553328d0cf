#pragma once

#include "checks/rule.h"

namespace medloc {

// Two spaces in a row inside a line of text; line breaks of the XML file are not text.
class DoubleSpaceRule final : public RuleBase<DoubleSpaceRule> {
public:
    static constexpr RuleInfo kInfo{"typography.double-space", Severity::warning,
                                    "two or more spaces in a row"};
    void check(const Article& article, CheckContext& context, FindingSink& sink) const override;
};

} // namespace medloc
