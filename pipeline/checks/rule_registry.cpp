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

void RuleRegistry::add_option(const SettingSpec& spec) {
    for (const SettingSpec& known : options_) {
        if (known.key != spec.key)
            continue;
        if (known.default_value != spec.default_value || known.kind != spec.kind ||
            known.help != spec.help)
            throw std::logic_error("option declared twice, differently: " + std::string(spec.key));
        return; // rules of one family may share one option
    }
    options_.push_back(spec);
}

std::span<const SettingSpec> RuleRegistry::options_of(std::string_view id) const {
    for (const auto& [rule, specs] : options_by_rule_)
        if (rule == id)
            return specs;
    return {};
}

std::vector<RuleInfo> RuleRegistry::infos() const {
    std::vector<RuleInfo> result;
    result.reserve(rules_.size());
    for (const auto& rule : rules_)
        result.push_back(rule->info());
    return result;
}

} // namespace medloc
