#pragma once

#include "checks/rule.h"
#include "core/rule_options.h"

namespace medloc {

// Micrograms written in the notation the project does not use: µg, read as mg, under the
// default policy (medical.microgram = mcg), or mcg under medical.microgram = µg.
class MicrogramNotationRule final : public RuleBase<MicrogramNotationRule> {
public:
    static constexpr RuleInfo kInfo{
        "medical.microgram-notation", Severity::warning,
        "micrograms written otherwise than the project's notation (µg or mcg)"};
    static constexpr std::string_view kNotations[] = {"mcg", "µg", "any"};
    static constexpr SettingSpec kOptions[] = {
        {"medical.microgram", "microgram", "mcg",
         "how doses write micrograms: mcg (µg is reported, as ISMP advises), µg (mcg is "
         "reported) or any",
         SettingKind::choice, kNotations}};

    explicit MicrogramNotationRule(const RuleOptions& options)
        : notation_(options.text(kOptions[0])) {}
    void check(const Article& article, CheckContext& context, FindingSink& sink) const override;

private:
    const std::string_view notation_; // one of kNotations
};

} // namespace medloc
