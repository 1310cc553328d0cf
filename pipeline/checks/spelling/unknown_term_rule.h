#pragma once

#include "checks/rule.h"

namespace medloc {

// A lower-case word that the dictionary and word lists lack and that is far from every
// word they know (no accent, letter or sound-alike spelling away): most often a term of
// the trade the word lists miss (a new drug, a rare disease), sometimes a word mangled
// beyond a typo. Hunspell's suggestions, when the time budget allows.
class UnknownTermRule final : public RuleBase<UnknownTermRule> {
public:
    static constexpr RuleInfo kInfo{
        "spelling.unknown-term", Severity::warning,
        "a lower-case word the dictionary and word lists lack, far from every word they know"};
    void check(const Article& article, CheckContext& context, FindingSink& sink) const override;
};

} // namespace medloc
