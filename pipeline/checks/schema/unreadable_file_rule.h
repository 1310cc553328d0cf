#pragma once

#include "checks/rule.h"

namespace medloc {

// Reported by the loading stage when a file cannot be read at all.
class UnreadableFileRule final : public RuleBase<UnreadableFileRule> {
public:
    static constexpr RuleInfo kInfo{
        "schema.unreadable", Severity::error,
        "a file cannot be read (missing permission, too large, a directory)"};
};

} // namespace medloc
