#pragma once

#include "checks/rule.h"

namespace medloc {

// Reported by the loading stage from libxml2's XSD validator.
class InvalidRule final : public RuleBase<InvalidRule> {
public:
    static constexpr RuleInfo kInfo{"schema.invalid", Severity::error,
                                    "a document is not valid against its XSD"};
};

} // namespace medloc
