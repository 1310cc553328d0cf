#pragma once

#include "core/rule_options.h"
#include "core/setting_spec.h"
#include "core/severity_policy.h"

#include <array>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace medloc {

// The project-wide settings table: the one source of keys, command-line options, defaults,
// kinds and help texts (the README's table is checked against it). Rules declare their own
// options as `kOptions` (checks/rule.h); `rules.<rule-id>` keys (error | warning | info |
// off) come on top.
const std::vector<SettingSpec>& setting_specs();

const SettingSpec* find_setting(std::string_view key);

// The global table and the rules' options, to walk both.
inline std::array<const std::vector<SettingSpec>*, 2>
spec_lists(const std::vector<SettingSpec>& rule_options) {
    return {&setting_specs(), &rule_options};
}

enum class ColorChoice { automatic, always, never };

// The effective settings of one run, typed, parsed once from the validated strings (see
// Config). Paths are resolved already.
struct Settings {
    struct Paths {
        std::string content;
        std::string translations;
        std::string localized;
        std::string terminology;
        std::string termbase;
        bool termbase_named = false; // set by medloc.ini or the command line, not the default
        std::string schemas;
        std::string kits;
    } paths;
    struct Locales {
        std::string source;
        std::vector<std::string> targets;
        // locale -> the locales its missing blocks come from, in order.
        std::map<std::string, std::vector<std::string>> fallbacks;
    } locales;
    struct Output {
        std::string baseline; // empty: none
        std::string format;
        std::string file; // empty: stdout
        ColorChoice color = ColorChoice::automatic;
        std::string rules_url; // empty: none
    } output;
    std::string cache_path; // empty: no cache
    std::string report_language;
    unsigned jobs = 0; // 0: one per core
    std::string dictionary_path;
    std::uint64_t max_file_size = 0;
    // The spelling service's settings, shared by every spelling rule.
    struct Spelling {
        bool check_acronyms = false; // spelling.acronyms = check
        bool french_1990 = true;     // spelling.french-1990 = accept
        std::uint64_t suggest_seconds = 0;
        std::uint64_t suggest_seconds_per_file = 0;
    } spelling;
    // The day the run takes as today (review ages, report dates); nullopt: the clock's.
    std::optional<std::chrono::year_month_day> today;
    // Who may record an approval (medloc approve --reviewer); empty: anyone.
    std::vector<std::string> reviewers;
    SeverityPolicy severities;
    RuleOptions rule_options;
};

} // namespace medloc
