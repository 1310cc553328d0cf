#pragma once

#include "checks/rule.h"
#include "core/rule_options.h"
#include "core/setting_spec.h"

#include <concepts>
#include <memory>
#include <span>
#include <utility>
#include <string_view>
#include <vector>

namespace medloc {

// A rule class that declares options: `static constexpr SettingSpec kOptions[]` next to
// its kInfo, read in its `explicit Rule(const RuleOptions&)` constructor.
template <typename RuleClass>
concept RuleWithOptions = requires {
    { std::size(RuleClass::kOptions) } -> std::convertible_to<std::size_t>;
}
&&std::constructible_from<RuleClass, const RuleOptions&>;

// Every rule medloc knows, in registration order, built with one run's options; ids are
// unique, and an option key belongs to one rule unless rules share the very same spec.
class RuleRegistry {
public:
    template <typename RuleClass>
    void add(const RuleOptions& options) {
        if constexpr (RuleWithOptions<RuleClass>) {
            for (const SettingSpec& spec : RuleClass::kOptions)
                add_option(spec);
            options_by_rule_.emplace_back(RuleClass::kInfo.id, RuleClass::kOptions);
            add(std::make_unique<RuleClass>(options));
        } else {
            add(std::make_unique<RuleClass>());
        }
    }
    void add(std::unique_ptr<Rule> rule);

    const Rule* find(std::string_view id) const;
    const std::vector<std::unique_ptr<Rule>>& rules() const { return rules_; }
    std::vector<RuleInfo> infos() const;
    // The options the rules declare, for the configuration to read and validate.
    const std::vector<SettingSpec>& option_specs() const { return options_; }
    // The options one rule declares (none for most).
    std::span<const SettingSpec> options_of(std::string_view id) const;

private:
    void add_option(const SettingSpec& spec);

    std::vector<std::unique_ptr<Rule>> rules_;
    std::vector<SettingSpec> options_;
    std::vector<std::pair<std::string_view, std::span<const SettingSpec>>> options_by_rule_;
};

// The catalogue with one run's options: one line per rule, in builtin_rules.cpp.
RuleRegistry make_builtin_rules(const RuleOptions& options);

// The catalogue with every option at its default: ids, summaries, option specs.
const RuleRegistry& builtin_rules();

} // namespace medloc
