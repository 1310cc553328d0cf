#pragma once

#include "checks/rule.h"

namespace medloc {

// Reported by the loading stage: a DOCTYPE is how XXE and entity-expansion attacks start.
class DoctypeRule final : public RuleBase<DoctypeRule> {
public:
    static constexpr RuleInfo kInfo{
        "schema.doctype", Severity::error,
        "an article or XLIFF file declares a DOCTYPE; DTDs and entities are never processed"};
};

} // namespace medloc
