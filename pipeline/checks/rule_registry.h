#pragma once

#include "checks/rule.h"

#include <memory>
#include <string_view>
#include <vector>

namespace medloc {

// Every rule medloc knows, in registration order; ids are unique.
class RuleRegistry {
public:
    template <typename RuleClass>
    void add() {
        add(std::make_unique<RuleClass>());
    }
    void add(std::unique_ptr<Rule> rule);

    const Rule* find(std::string_view id) const;
    const std::vector<std::unique_ptr<Rule>>& rules() const { return rules_; }
    std::vector<RuleInfo> infos() const;

private:
    std::vector<std::unique_ptr<Rule>> rules_;
};

// The catalogue: one line per rule, in builtin_rules.cpp.
const RuleRegistry& builtin_rules();

} // namespace medloc
