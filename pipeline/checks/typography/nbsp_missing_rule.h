#pragma once

#include "checks/rule.h"
#include "checks/typography/french_punctuation.h"

namespace medloc {

// French puts a no-break space before the high punctuation : ; ! ? and before », and after «.
class NbspMissingRule final : public RuleBase<NbspMissingRule> {
public:
    static constexpr RuleInfo kInfo{"typography.nbsp-missing", Severity::warning,
                                    "no space before : ; ! ? » or after « in French text"};
    static constexpr SettingSpec kOptions[] = {kNoBreakSpaceOption};

    explicit NbspMissingRule(const RuleOptions& options)
        : space_(preferred_no_break_space(options)) {}
    void check(const Article& article, CheckContext& context, FindingSink& sink) const override;

private:
    const std::string space_;
};

} // namespace medloc
