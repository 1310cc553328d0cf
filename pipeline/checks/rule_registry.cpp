#include "checks/rule_registry.h"

#include <stdexcept>
#include <string>

namespace medloc {

void RuleRegistry::add(std::unique_ptr<Rule> rule) {
    if (find(rule->info().id) != nullptr)
        throw std::logic_error("rule registered twice: " + std::string(rule->info().id));
    rules_.push_back(std::move(rule));
}

const Rule* RuleRegistry::find(std::string_view id) const {
    for (const auto& rule : rules_)
        if (rule->info().id == id)
            return rule.get();
    return nullptr;
}

std::vector<RuleInfo> RuleRegistry::infos() const {
    std::vector<RuleInfo> result;
    result.reserve(rules_.size());
    for (const auto& rule : rules_)
        result.push_back(rule->info());
    return result;
}

} // namespace medloc
