#pragma once

#include "checks/rule.h"

namespace medloc {

// Reported by the loading stage before parsing: medloc content is UTF-8 only.
class EncodingRule final : public RuleBase<EncodingRule> {
public:
    static constexpr RuleInfo kInfo{
        "schema.encoding", Severity::error,
        "a file is not UTF-8 (invalid bytes, UTF-16, another declared encoding, NUL bytes)"};
};

} // namespace medloc
