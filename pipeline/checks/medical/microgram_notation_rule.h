#pragma once

#include "checks/rule.h"

namespace medloc {

// Micrograms written in the notation the project does not use: µg, read as mg, under the
// default policy (medical.microgram = mcg), or mcg under medical.microgram = µg.
class MicrogramNotationRule final : public RuleBase<MicrogramNotationRule> {
public:
    static constexpr RuleInfo kInfo{
        "medical.microgram-notation", Severity::warning,
        "micrograms written otherwise than the project's notation (µg or mcg)"};
    void check(const Article& article, CheckContext& context, FindingSink& sink) const override;
};

} // namespace medloc
