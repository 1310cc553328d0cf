#pragma once

#include "checks/rule.h"

namespace medloc {

// Reported by the loading stage from libxml2's parser errors.
class NotWellFormedRule final : public RuleBase<NotWellFormedRule> {
public:
    static constexpr RuleInfo kInfo{
        "schema.not-well-formed", Severity::error,
        "a file is not well-formed XML (or exceeds the parser's depth and expansion limits)"};
};

} // namespace medloc
