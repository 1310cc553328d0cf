#pragma once

#include "config/settings.h"
#include "core/result.h"
#include "core/severity_policy.h"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace medloc {

struct ConfigRequest;

enum class SettingOrigin { built_in, config_file, command_line };

struct SettingValue {
    std::string value;
    SettingOrigin origin = SettingOrigin::built_in;
};

// The effective configuration of one run: built-in defaults, overridden by medloc.ini,
// overridden by the command line. Every value is validated against its SettingSpec while
// it is read, then parsed once into `settings()`; the strings stay for --show-config and
// for the result cache's environment hash. Paths are already resolved (ini paths against
// the project root, command-line paths against the working directory) and shown relative
// to the working directory when they lie below it.
class Config {
public:
    const Settings& settings() const { return settings_; }

    // Every key with its value as written and its origin.
    const std::map<std::string, SettingValue>& values() const { return values_; }
    const SettingValue& setting(const std::string& key) const;

    std::filesystem::path root;
    std::string config_file; // empty when no medloc.ini was found

private:
    friend Result<Config> load_config(const ConfigRequest& request);
    void set(const std::string& key, std::string value, SettingOrigin origin);

    std::map<std::string, SettingValue> values_;
    Settings settings_;
};

struct ConfigRequest {
    std::optional<std::string> config_file;          // --config
    std::optional<std::string> root;                 // --root
    std::map<std::string, std::string> command_line; // setting key -> value
    std::vector<std::string> known_rule_ids;
    std::vector<SettingSpec> rule_options; // the options the rules declare (RuleRegistry)
};

// Finds and reads medloc.ini (--config, else --root/medloc.ini, else the nearest
// medloc.ini in the working directory or a parent) and applies the command line.
// Unknown keys and bad values are errors that name the file and line.
[[nodiscard]] Result<Config> load_config(const ConfigRequest& request);

// Every effective value with its origin, as `medloc --show-config` prints it.
std::string describe_config(const Config& config);

} // namespace medloc
