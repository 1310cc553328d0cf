#pragma once

#include "checks/rule.h"

namespace medloc {

// Bidirectional formatting characters (embeddings, overrides, isolates) in text: invisible,
// they reorder what a reader sees ("Trojan Source"). In numbers and doses they are
// medical.bidi-control-in-dose's, an error. Text of a right-to-left language may embed
// and isolate left-to-right runs; overrides are reported there too.
class BidiControlRule final : public RuleBase<BidiControlRule> {
public:
    static constexpr RuleInfo kInfo{
        "typography.bidi-control", Severity::warning,
        "an invisible bidirectional control character (U+202A–U+202E, U+2066–U+2069)"};
    void check(const Article& article, CheckContext& context, FindingSink& sink) const override;
    void check_bilingual(const BilingualDocument& document, CheckContext& context,
                         FindingSink& sink) const override;
};

} // namespace medloc
