#pragma once

#include "checks/rule.h"

namespace medloc {

// A likely misspelling: an unknown word that neither the dictionary of its locale nor the
// project's word lists know and that is close to a word they know (an accent, a doubled
// letter, a swap, a sound-alike spelling…), with the closest words, best first. Other
// unknown words go to the rules of their tier (spelling_review.h).
class UnknownWordRule final : public RuleBase<UnknownWordRule> {
public:
    static constexpr RuleInfo kInfo{
        "spelling.unknown-word", Severity::error,
        "a word the dictionary and word lists lack, close to one they know: a likely typo"};
    void check(const Article& article, CheckContext& context, FindingSink& sink) const override;
};

} // namespace medloc
