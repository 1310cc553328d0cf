#pragma once

#include "checks/rule.h"

namespace medloc {

// A character that looks like an apostrophe but is not one (‘ ´ ` ′) between two letters.
class WrongApostropheRule final : public RuleBase<WrongApostropheRule> {
public:
    static constexpr RuleInfo kInfo{
        "typography.wrong-apostrophe", Severity::warning,
        "a quotation mark, accent or prime used as an apostrophe (l‘enfant for l’enfant)"};
    void check(const Article& article, CheckContext& context, FindingSink& sink) const override;
};

} // namespace medloc
