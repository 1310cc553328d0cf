#pragma once

#include "checks/rule.h"

namespace medloc {

// Words that neither Hunspell's dictionary for the block's locale nor the project's word
// lists know, with Hunspell's suggestions, best first.
class UnknownWordRule final : public RuleBase<UnknownWordRule> {
public:
    static constexpr RuleInfo kInfo{
        "spelling.unknown-word", Severity::error,
        "a word is in neither the dictionary nor the project word lists"};
    void check(const Article& article, CheckContext& context, FindingSink& sink) const override;
};

} // namespace medloc
