#include "cli/project_options.h"

#include "checks/rule_registry.h"
#include "cli/command.h"
#include "config/settings.h"
#include "core/wording.h"
#include "engine/parallel_run.h"
#include "project/check_environment.h"

#include <algorithm>
#include <charconv>

namespace medloc {

namespace po = boost::program_options;

po::options_description project_options() {
    po::options_description options("Options");
    options.add_options()("help,h", "show this help")(
        "config", po::value<std::string>(), "read this configuration file instead of medloc.ini")(
        "root", po::value<std::string>(), "project root (default: where medloc.ini is)")(
        "show-config", "print every effective setting and where it comes from, then exit")(
        "severity", po::value<std::vector<std::string>>()->composing(),
        "RULE=error|warning|info|off; repeatable (medloc.ini: [rules] RULE = ...)");
    for (const std::vector<SettingSpec>* specs : spec_lists(builtin_rules().option_specs()))
        for (const SettingSpec& spec : *specs) {
            if (spec.option.empty())
                continue;
            const std::string help =
                std::string(spec.help) + " (medloc.ini: " + std::string(spec.key) + ")";
            options.add_options()(std::string(spec.option).c_str(), po::value<std::string>(),
                                  help.c_str());
        }
    return options;
}

Result<Config> load_project_config(const po::variables_map& options) {
    ConfigRequest request = rules_config_request();
    if (options.count("config"))
        request.config_file = options["config"].as<std::string>();
    if (options.count("root"))
        request.root = options["root"].as<std::string>();
    for (const std::vector<SettingSpec>* specs : spec_lists(request.rule_options))
        for (const SettingSpec& spec : *specs)
            if (!spec.option.empty() && options.count(std::string(spec.option)))
                request.command_line[std::string(spec.key)] =
                    options[std::string(spec.option)].as<std::string>();
    if (options.count("severity")) {
        for (const std::string& item : options["severity"].as<std::vector<std::string>>()) {
            const auto equals = item.find('=');
            if (equals == std::string::npos)
                return Error{"--severity expects RULE=LEVEL, not '" + item + "'"};
            request.command_line["rules." + item.substr(0, equals)] = item.substr(equals + 1);
        }
    }
    return load_config(request);
}

std::optional<po::variables_map> parse_command_line(const std::vector<std::string>& arguments,
                                                    const po::options_description& options,
                                                    const char* positional_name, Terminal& terminal,
                                                    std::string_view command) {
    po::positional_options_description positional;
    po::options_description all(options);
    if (positional_name != nullptr) {
        positional.add(positional_name, -1);
        all.add_options()(positional_name, po::value<std::vector<std::string>>());
    }
    try {
        po::variables_map map;
        po::store(po::command_line_parser(arguments).options(all).positional(positional).run(),
                  map);
        po::notify(map);
        return map;
    } catch (const po::unknown_option& error) {
        // "--formta": name the option that was probably meant.
        std::string typed = error.get_option_name();
        std::vector<std::string> known;
        for (const auto& option : options.options())
            known.push_back(option->long_name());
        const std::string bare = typed.substr(typed.find_first_not_of('-') == std::string::npos
                                                  ? typed.size()
                                                  : typed.find_first_not_of('-'));
        terminal.err << "medloc " << command << ": " << error.what();
        if (auto meant = closest_match(bare, known))
            terminal.err << "; did you mean '--" << *meant << "'?";
        terminal.err << "\nTry 'medloc " << command << " --help'.\n";
        return std::nullopt;
    } catch (const po::error& error) {
        terminal.err << "medloc " << command << ": " << error.what() << "\n"
                     << "Try 'medloc " << command << " --help'.\n";
        return std::nullopt;
    }
}

int print_usage(Terminal& terminal, bool asked, std::string_view usage,
                const boost::program_options::options_description& options) {
    (asked ? terminal.out : terminal.err) << usage << "\n\n" << options;
    return asked ? kExitClean : kExitUsage;
}

void print_warnings(Terminal& terminal, const std::vector<std::string>& warnings) {
    for (const std::string& warning : warnings)
        terminal.err << "medloc: warning: " << warning << '\n';
}

std::optional<std::unique_ptr<ResultCache>>
open_cache_unless_disabled(const Config& config, const po::variables_map& options,
                           Terminal& terminal, std::string_view prefix) {
    if (options.count("no-cache"))
        return std::unique_ptr<ResultCache>();
    std::vector<std::string> warnings;
    auto cache = open_result_cache(config, true, warnings);
    print_warnings(terminal, warnings);
    if (!cache) {
        terminal.err << prefix << ": " << cache.error().message << '\n';
        return std::nullopt;
    }
    return std::move(cache).value();
}

void save_project_cache(ResultCache* cache, Terminal& terminal) {
    if (auto warning = save_result_cache(cache))
        print_warnings(terminal, {*warning});
}

StandardOutput standard_output(const Terminal& terminal) {
    return {terminal.out, terminal.stdout_is_terminal};
}

int report_exit_code(const Result<FindingCounts>& written, Terminal& terminal) {
    if (!written)
        return fail(terminal, "medloc", written.error());
    return written.value().errors > 0 ? kExitErrorFindings : kExitClean;
}

} // namespace medloc
