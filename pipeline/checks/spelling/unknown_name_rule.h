#pragma once

#include "checks/rule.h"

namespace medloc {

// An unknown word that reads as a name: capitalised inside a sentence (a person, a place,
// a brand, a company), or a name the dictionary knows written in lower case. Names next
// to each other are one finding ("Eli Lilly").
class UnknownNameRule final : public RuleBase<UnknownNameRule> {
public:
    static constexpr RuleInfo kInfo{
        "spelling.unknown-name", Severity::warning,
        "a name (capitalised inside a sentence) that the dictionary and word lists lack"};
    void check(const Article& article, CheckContext& context, FindingSink& sink) const override;
};

} // namespace medloc
