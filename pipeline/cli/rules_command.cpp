#include "cli/command.h"
#include "cli/project_options.h"
#include "project/rule_list.h"

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
    if (format != "json" && format != "text") {
        terminal.err << "medloc rules: unknown format '" << format << "' (text or json)\n";
        return kExitUsage;
    }
    terminal.out << (format == "json" ? rule_list_json(builtin_rules())
                                      : rule_list_text(builtin_rules()));
    return kExitClean;
}

} // namespace medloc
