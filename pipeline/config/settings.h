#pragma once

#include <string_view>
#include <vector>

namespace medloc {

// One configurable value: its key in medloc.ini ("section.name"), the command-line
// option that overrides it (empty when there is none), its default and its help text.
struct SettingSpec {
    std::string_view key;
    std::string_view option;
    std::string_view default_value;
    std::string_view help;
    bool is_path = false; // resolved against the project root (ini) or the working directory (CLI)
};

// The whole table; `rules.<rule-id>` keys (error | warning | info | off) come on top.
const std::vector<SettingSpec>& setting_specs();

const SettingSpec* find_setting(std::string_view key);

} // namespace medloc
