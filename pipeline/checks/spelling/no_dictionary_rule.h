#pragma once

#include "checks/rule.h"

namespace medloc {

// Text in a locale that the project does not declare and that has no Hunspell
// dictionary on this machine: it is not spell-checked, and this says so once per file
// and locale. (A declared locale without a dictionary stops the run instead.)
class NoDictionaryRule final : public RuleBase<NoDictionaryRule> {
public:
    static constexpr RuleInfo kInfo{"spelling.no-dictionary", Severity::info,
                                    "text in a locale without a dictionary is not spell-checked"};
    void check(const Article& article, CheckContext& context, FindingSink& sink) const override;
};

} // namespace medloc
