#pragma once

#include "core/result.h"
#include "core/severity_policy.h"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace medloc {

enum class SettingOrigin { built_in, config_file, command_line };

struct SettingValue {
    std::string value;
    SettingOrigin origin = SettingOrigin::built_in;
};

// The effective configuration of one run: built-in defaults, overridden by medloc.ini,
// overridden by the command line. Paths are already resolved (ini paths against the
// project root, command-line paths against the working directory) and shown relative
// to the working directory when they lie below it.
class Config {
public:
    const std::string& get(const std::string& key) const;
    const SettingValue& setting(const std::string& key) const;
    const std::map<std::string, SettingValue>& values() const { return values_; }

    void set(const std::string& key, std::string value, SettingOrigin origin);

    std::filesystem::path root;
    std::string config_file; // empty when no medloc.ini was found

    // Rule severities from `rules.*` keys; validated against the rule catalogue.
    SeverityPolicy severity_policy() const;

    std::vector<std::string> target_locales() const;
    // locales.fallbacks: locale -> the locales its missing blocks come from, in order.
    std::map<std::string, std::vector<std::string>> fallback_locales() const;

private:
    std::map<std::string, SettingValue> values_;
};

struct ConfigRequest {
    std::optional<std::string> config_file;          // --config
    std::optional<std::string> root;                 // --root
    std::map<std::string, std::string> command_line; // setting key -> value
    std::vector<std::string> known_rule_ids;
};

// Finds and reads medloc.ini (--config, else --root/medloc.ini, else the nearest
// medloc.ini in the working directory or a parent) and applies the command line.
// Unknown keys and bad values are errors that name the file and line.
Result<Config> load_config(const ConfigRequest& request);

// Every effective value with its origin, as `medloc --show-config` prints it.
std::string describe_config(const Config& config);

} // namespace medloc
