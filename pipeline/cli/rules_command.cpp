#include "checks/rule_registry.h"
#include "cli/command.h"
#include "cli/project_options.h"

#include <iomanip>

#include <nlohmann/json.hpp>

namespace medloc {

namespace po = boost::program_options;

int run_rules_command(const std::vector<std::string>& arguments, Terminal& terminal) {
    po::options_description options("Options");
    options.add_options()("help,h", "show this help")(
        "format", po::value<std::string>()->default_value("text"), "text or json");
    auto parsed = parse_command_line(arguments, options, nullptr, terminal, "rules");
    if (!parsed)
        return kExitUsage;
    if (parsed->count("help")) {
        terminal.out << "Usage: medloc rules [--format text|json]\n\n"
                     << "Lists every rule: id, default severity and summary, and the options of\n"
                     << "those that have some. Each rule has a page in docs/rules/<rule-id>.md.\n\n"
                     << options;
        return kExitClean;
    }
    const std::string format = (*parsed)["format"].as<std::string>();
    const RuleRegistry& registry = builtin_rules();
    const std::vector<RuleInfo> infos = registry.infos();
    if (format == "json") {
        nlohmann::ordered_json rules = nlohmann::ordered_json::array();
        for (const RuleInfo& info : infos) {
            nlohmann::ordered_json rule = {{"id", info.id},
                                           {"family", info.family()},
                                           {"default_severity", to_string(info.default_severity)},
                                           {"summary", info.summary},
                                           {"help", "docs/rules/" + std::string(info.id) + ".md"}};
            for (const SettingSpec& spec : registry.options_of(info.id))
                rule["options"].push_back({{"key", spec.key},
                                           {"option", spec.option},
                                           {"default", spec.default_value},
                                           {"help", spec.help}});
            rules.push_back(std::move(rule));
        }
        terminal.out << nlohmann::ordered_json{{"rules", rules}}.dump(2) << '\n';
        return kExitClean;
    }
    if (format != "text") {
        terminal.err << "medloc rules: unknown format '" << format << "' (text or json)\n";
        return kExitUsage;
    }
    std::size_t width = 0;
    for (const RuleInfo& info : infos)
        width = std::max(width, info.id.size());
    for (const RuleInfo& info : infos) {
        terminal.out << std::left << std::setw(static_cast<int>(width) + 2) << info.id
                     << std::setw(9) << to_string(info.default_severity) << info.summary << '\n';
        for (const SettingSpec& spec : registry.options_of(info.id))
            terminal.out << std::string(width + 2, ' ') << "option " << spec.key << " = "
                         << spec.default_value << " (" << spec.help << ")\n";
    }
    return kExitClean;
}

} // namespace medloc
