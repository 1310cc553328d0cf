#pragma once

#include "checks/rule.h"

namespace medloc {

// Words of another language inside the text (another project language's dictionary, or
// English's, knows them and the text's does not) or of another script: text that should
// say its language (<foreign xml:lang="en">) so that it is checked as such. Words next to
// each other are one finding ("health care system").
class ForeignWordRule final : public RuleBase<ForeignWordRule> {
public:
    static constexpr RuleInfo kInfo{
        "spelling.foreign-word", Severity::info,
        "words of another language or script, not marked with <foreign xml:lang>"};
    void check(const Article& article, CheckContext& context, FindingSink& sink) const override;
};

} // namespace medloc
