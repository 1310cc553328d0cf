#pragma once

#include "core/setting_spec.h"

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace medloc {

// The values of the rules' own options (each rule declares them as `kOptions`, SettingSpecs
// next to its `kInfo`), already validated against those specs when the configuration was
// read. A rule reads its options once, in its constructor, as clang-tidy checks read theirs;
// a key nobody set gives the spec's default.
class RuleOptions {
public:
    RuleOptions() = default;
    explicit RuleOptions(std::map<std::string, std::string, std::less<>> values)
        : values_(std::move(values)) {}

    std::string_view text(const SettingSpec& spec) const;
    std::uint64_t whole_number(const SettingSpec& spec) const;
    // A date option; nullopt when empty.
    std::optional<std::chrono::year_month_day> date(const SettingSpec& spec) const;

private:
    std::map<std::string, std::string, std::less<>> values_;
};

} // namespace medloc
