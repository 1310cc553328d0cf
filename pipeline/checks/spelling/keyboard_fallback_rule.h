#pragma once

#include "checks/rule.h"

namespace medloc {

// A letter that French keyboards make hard to type, written plain: a capital without its
// accent (Etude for Étude, Ecole for École), œ or æ as two letters (oedème for œdème,
// coeur for cœur). In an article that never writes the letter (no accented capital, no
// œ anywhere), that is its convention: reported once, at the first word, with the count;
// in one that writes it elsewhere, at each word.
class KeyboardFallbackRule final : public RuleBase<KeyboardFallbackRule> {
public:
    static constexpr RuleInfo kInfo{
        "spelling.keyboard-fallback", Severity::warning,
        "a letter typed plain: a capital without its accent (Etude), œ as oe (oedème)"};
    void check(const Article& article, CheckContext& context, FindingSink& sink) const override;
};

} // namespace medloc
