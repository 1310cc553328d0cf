#pragma once

#include "checks/rule.h"

namespace medloc {

// French puts a no-break space before the high punctuation : ; ! ? and before », and after «.
class NbspMissingRule final : public RuleBase<NbspMissingRule> {
public:
    static constexpr RuleInfo kInfo{"typography.nbsp-missing", Severity::warning,
                                    "no space before : ; ! ? » or after « in French text"};
    void check(const Article& article, CheckContext& context, FindingSink& sink) const override;
};

} // namespace medloc
