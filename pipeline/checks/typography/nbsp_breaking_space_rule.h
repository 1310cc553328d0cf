#pragma once

#include "checks/rule.h"
#include "checks/typography/french_punctuation.h"

namespace medloc {

// A plain space before : ; ! ? » lets a line break leave the mark alone at the start of a line.
class NbspBreakingSpaceRule final : public RuleBase<NbspBreakingSpaceRule> {
public:
    static constexpr RuleInfo kInfo{"typography.nbsp-breaking-space", Severity::warning,
                                    "a breaking space before : ; ! ? » or after « in French text"};
    static constexpr SettingSpec kOptions[] = {kNoBreakSpaceOption};

    explicit NbspBreakingSpaceRule(const RuleOptions& options)
        : space_(preferred_no_break_space(options)) {}
    void check(const Article& article, CheckContext& context, FindingSink& sink) const override;

private:
    const std::string space_;
};

} // namespace medloc
