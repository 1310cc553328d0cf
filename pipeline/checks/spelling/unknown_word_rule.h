#pragma once

#include "checks/rule.h"
#include "core/rule_options.h"

namespace medloc {

// Words that neither Hunspell's dictionary for the block's locale nor the project's word
// lists know, with Hunspell's suggestions, best first.
class UnknownWordRule final : public RuleBase<UnknownWordRule> {
public:
    static constexpr RuleInfo kInfo{
        "spelling.unknown-word", Severity::error,
        "a word is in neither the dictionary nor the project word lists"};
    static constexpr std::string_view kAcronymChoices[] = {"skip", "check"};
    static constexpr SettingSpec kOptions[] = {
        {"spelling.acronyms", "acronyms", "skip",
         "words in capitals (IST, VIH): skip, or check them against the dictionaries",
         SettingKind::choice, kAcronymChoices}};

    explicit UnknownWordRule(const RuleOptions& options)
        : check_acronyms_(options.text(kOptions[0]) == "check") {}
    void check(const Article& article, CheckContext& context, FindingSink& sink) const override;

private:
    const bool check_acronyms_;
};

} // namespace medloc
