#include "config/config.h"

#include "config/settings.h"
#include "core/calendar_date.h"
#include "core/file_read.h"
#include "core/severity.h"
#include "text/text_file_check.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <sstream>

#include <boost/program_options.hpp>

namespace medloc {

namespace fs = std::filesystem;
namespace po = boost::program_options;

namespace {

std::string trim(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r");
    return std::string(text.substr(first, last - first + 1));
}

// Line of `key` ("section.name") in an ini text, for error messages; 0 when not found.
int line_of_key(const std::string& content, const std::string& key) {
    std::istringstream in(content);
    std::string line;
    std::string section;
    int number = 0;
    while (std::getline(in, line)) {
        ++number;
        const std::string text = trim(line);
        if (text.starts_with('[') && text.ends_with(']')) {
            section = trim(std::string_view(text).substr(1, text.size() - 2));
            continue;
        }
        const auto equals = text.find('=');
        if (equals == std::string::npos)
            continue;
        const std::string name = trim(std::string_view(text).substr(0, equals));
        if ((section.empty() ? name : section + "." + name) == key)
            return number;
    }
    return 0;
}

// The first line that is neither blank, a comment, a [section] nor a key = value: the
// parser's own message names the line's text but not its number.
std::optional<TextFileProblem> first_malformed_line(const std::string& content) {
    std::istringstream in(content);
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
        ++number;
        std::string text = line;
        if (const auto hash = text.find('#'); hash != std::string::npos)
            text.erase(hash);
        text = trim(text);
        if (text.empty())
            continue;
        if (text.starts_with('[')) {
            if (!text.ends_with(']') ||
                trim(std::string_view(text).substr(1, text.size() - 2)).empty())
                return TextFileProblem{number, "a section header is '[name]', not '" + text + "'"};
            continue;
        }
        const auto equals = text.find('=');
        if (equals == std::string::npos || trim(std::string_view(text).substr(0, equals)).empty())
            return TextFileProblem{number,
                                   "expected 'key = value' or '[section]', not '" + text + "'"};
    }
    return std::nullopt;
}

std::optional<fs::path> find_config_upwards(fs::path directory) {
    std::error_code ec;
    for (int depth = 0; depth < 64 && !directory.empty(); ++depth) {
        const fs::path candidate = directory / "medloc.ini";
        if (fs::is_regular_file(candidate, ec))
            return candidate;
        if (directory == directory.parent_path())
            break;
        directory = directory.parent_path();
    }
    return std::nullopt;
}

// A path as the user will read it: relative to the working directory when below it.
std::string display_path(const fs::path& path) {
    std::error_code ec;
    const fs::path absolute = fs::absolute(path, ec).lexically_normal();
    const fs::path relative = absolute.lexically_relative(fs::current_path(ec));
    if (!relative.empty() && *relative.begin() != "..")
        return relative.string();
    return absolute.string();
}

std::vector<std::string> comma_separated(const std::string& text) {
    std::vector<std::string> items;
    std::istringstream in(text);
    std::string item;
    while (std::getline(in, item, ','))
        if (std::string trimmed = trim(item); !trimmed.empty())
            items.push_back(trimmed);
    return items;
}

std::map<std::string, std::vector<std::string>> fallback_chains(const std::string& text) {
    std::map<std::string, std::vector<std::string>> chains;
    for (const std::string& item : comma_separated(text)) {
        std::istringstream parts(item);
        std::vector<std::string> chain;
        for (std::string part; std::getline(parts, part, ':');)
            if (std::string trimmed = trim(part); !trimmed.empty())
                chain.push_back(trimmed);
        if (chain.size() >= 2)
            chains[chain.front()] = std::vector<std::string>(chain.begin() + 1, chain.end());
    }
    return chains;
}

// The spec of `key` among the global settings and the rules' options.
const SettingSpec* spec_of(const std::string& key, const ConfigRequest& request) {
    if (const SettingSpec* spec = find_setting(key))
        return spec;
    for (const SettingSpec& spec : request.rule_options)
        if (spec.key == key)
            return &spec;
    return nullptr;
}

std::optional<std::string> check_value(const std::string& key, const std::string& value,
                                       const ConfigRequest& request) {
    if (key.starts_with("rules.")) {
        const std::string id = key.substr(6);
        const auto& ids = request.known_rule_ids;
        if (std::find(ids.begin(), ids.end(), id) == ids.end())
            return "unknown rule '" + id + "' (medloc rules lists them)";
        if (value != "off" && !parse_severity(value))
            return "severity of " + id + " must be error, warning, info or off, not '" + value +
                   "'";
        return std::nullopt;
    }
    if (const SettingSpec* spec = spec_of(key, request))
        return setting_problem(*spec, value);
    return "unknown setting '" + key + "'";
}

// The typed settings, from values every one of which check_value accepted.
Settings typed_settings(const Config& config) {
    const auto get = [&](const std::string& key) -> const std::string& {
        return config.setting(key).value;
    };
    Settings settings;
    settings.paths.content = get("paths.content");
    settings.paths.translations = get("paths.translations");
    settings.paths.localized = get("paths.localized");
    settings.paths.terminology = get("paths.terminology");
    settings.paths.termbase = get("paths.termbase");
    settings.paths.termbase_named =
        config.setting("paths.termbase").origin != SettingOrigin::built_in;
    settings.paths.schemas = get("paths.schemas");
    settings.paths.kits = get("paths.kits");
    settings.locales.source = get("locales.source");
    settings.locales.targets = comma_separated(get("locales.targets"));
    settings.locales.fallbacks = fallback_chains(get("locales.fallbacks"));
    settings.output.baseline = get("output.baseline");
    settings.output.format = get("output.format");
    settings.output.file = get("output.file");
    settings.output.rules_url = get("output.rules-url");
    const std::string& color = get("output.color");
    settings.output.color = color == "always"  ? ColorChoice::always
                            : color == "never" ? ColorChoice::never
                                               : ColorChoice::automatic;
    settings.cache_path = get("cache.path");
    settings.report_language = get("report.language");
    settings.jobs = static_cast<unsigned>(whole_number_value(get("run.jobs")));
    settings.dictionary_path = get("spelling.dictionary-path");
    settings.max_file_size = whole_number_value(get("limits.max-file-size"));
    settings.spelling.check_acronyms = get("spelling.acronyms") == "check";
    settings.spelling.french_1990 = get("spelling.french-1990") == "accept";
    settings.spelling.suggest_seconds = whole_number_value(get("limits.suggest-seconds"));
    settings.spelling.suggest_seconds_per_file =
        whole_number_value(get("limits.suggest-seconds-per-file"));
    settings.today = parse_iso_date(get("medical.today"));
    settings.reviewers = comma_separated(get("review.reviewers"));
    std::map<std::string, std::string, std::less<>> rule_values;
    for (const auto& [key, setting] : config.values()) {
        if (key.starts_with("rules."))
            settings.severities.set(key.substr(6), setting.value == "off"
                                                       ? std::nullopt
                                                       : parse_severity(setting.value));
        else if (!find_setting(key))
            rule_values[key] = setting.value;
    }
    settings.rule_options = RuleOptions(std::move(rule_values));
    return settings;
}

} // namespace

const SettingValue& Config::setting(const std::string& key) const {
    static const SettingValue empty;
    auto it = values_.find(key);
    return it == values_.end() ? empty : it->second;
}

void Config::set(const std::string& key, std::string value, SettingOrigin origin) {
    values_[key] = {std::move(value), origin};
}

Result<Config> load_config(const ConfigRequest& request) {
    Config config;
    std::error_code ec;
    const fs::path cwd = fs::current_path(ec);

    std::optional<fs::path> file;
    if (request.config_file) {
        file = fs::path(*request.config_file);
        if (!fs::is_regular_file(*file, ec))
            return Error{"configuration file not found: " + *request.config_file};
    } else if (request.root) {
        if (!fs::is_directory(*request.root, ec))
            return Error{"project root is not a directory: " + *request.root};
        if (fs::is_regular_file(fs::path(*request.root) / "medloc.ini", ec))
            file = fs::path(*request.root) / "medloc.ini";
    } else {
        file = find_config_upwards(cwd);
    }
    config.root = request.root ? fs::path(*request.root) : (file ? file->parent_path() : cwd);
    if (config.root.empty())
        config.root = ".";

    for (const std::vector<SettingSpec>* specs : spec_lists(request.rule_options))
        for (const SettingSpec& spec : *specs) {
            std::string value(spec.default_value);
            if (spec.is_path() && !value.empty())
                value = display_path(config.root / value);
            config.set(std::string(spec.key), value, SettingOrigin::built_in);
        }

    if (file) {
        config.config_file = display_path(*file);
        // A configuration file is small: a megabyte is far more than any needs.
        auto read = read_regular_file(file->string(), 1u << 20);
        if (!read)
            return Error{"cannot read configuration file " + config.config_file + ": " +
                         read.error().message};
        const std::string content = std::move(read).value();
        if (auto problem = first_text_file_problem(content))
            return Error{config.config_file + ":" + std::to_string(problem->line) + ": " +
                         problem->reason};
        if (auto problem = first_malformed_line(content))
            return Error{config.config_file + ":" + std::to_string(problem->line) + ": " +
                         problem->reason};

        po::options_description known;
        for (const std::vector<SettingSpec>* specs : spec_lists(request.rule_options))
            for (const SettingSpec& spec : *specs)
                known.add_options()(std::string(spec.key).c_str(), po::value<std::string>());
        for (const std::string& id : request.known_rule_ids)
            known.add_options()(("rules." + id).c_str(), po::value<std::string>());
        try {
            std::istringstream stream(content);
            const po::parsed_options parsed = po::parse_config_file(stream, known, true);
            for (const po::option& option : parsed.options) {
                const std::string where = config.config_file + ":" +
                                          std::to_string(line_of_key(content, option.string_key));
                if (option.unregistered) {
                    if (option.string_key.starts_with("rules."))
                        return Error{where + ": unknown rule '" + option.string_key.substr(6) +
                                     "' (medloc rules lists them)"};
                    return Error{where + ": unknown setting '" + option.string_key + "'"};
                }
                std::string value =
                    option.value.empty() ? std::string() : trim(option.value.front());
                if (auto problem = check_value(option.string_key, value, request))
                    return Error{where + ": " + *problem};
                const SettingSpec* spec = spec_of(option.string_key, request);
                if (spec && spec->is_path() && !value.empty())
                    value = display_path(config.root / value);
                config.set(option.string_key, value, SettingOrigin::config_file);
            }
        } catch (const po::error& error) {
            return Error{config.config_file + ": " + error.what()};
        }
    }

    for (const auto& [key, raw] : request.command_line) {
        if (auto problem = check_value(key, raw, request))
            return Error{*problem};
        const SettingSpec* spec = spec_of(key, request);
        std::string value = raw;
        if (spec && spec->is_path() && !value.empty())
            value = display_path(value);
        config.set(key, value, SettingOrigin::command_line);
    }
    config.settings_ = typed_settings(config);
    return config;
}

std::string describe_config(const Config& config) {
    std::ostringstream out;
    out << "# project root: " << display_path(config.root) << '\n';
    out << "# configuration file: " << (config.config_file.empty() ? "(none)" : config.config_file)
        << '\n';
    for (const auto& [key, setting] : config.values()) {
        const char* origin = setting.origin == SettingOrigin::command_line  ? "command line"
                             : setting.origin == SettingOrigin::config_file ? "medloc.ini"
                                                                            : "default";
        out << key << " = " << setting.value << "  # " << origin << '\n';
    }
    return out.str();
}

} // namespace medloc
