#include "cli/translation_project.h"

#include "cli/command.h"
#include "cli/project_options.h"
#include "core/severity.h"

namespace medloc {

namespace po = boost::program_options;

std::variant<TranslationProject, int>
open_translation_project(const std::vector<std::string>& arguments, Terminal& terminal,
                         std::string_view command, std::string_view usage,
                         const po::options_description& extra, bool content_rules) {
    po::options_description options = project_options();
    options.add_options()("locale,l", po::value<std::vector<std::string>>()->composing(),
                          "target locale; repeatable (default: locales.targets)");
    options.add(extra);
    auto parsed = parse_command_line(arguments, options, "paths", terminal, command);
    if (!parsed)
        return kExitUsage;
    if (parsed->count("help")) {
        terminal.out << usage << "\n\n" << options;
        return kExitClean;
    }
    auto config = load_project_config(*parsed);
    if (!config)
        return fail(terminal, "medloc", config.error());
    ProjectRequest request;
    if (parsed->count("locale"))
        request.locales = (*parsed)["locale"].as<std::vector<std::string>>();
    if (parsed->count("paths"))
        request.inputs = (*parsed)["paths"].as<std::vector<std::string>>();
    request.content_rules = content_rules;
    auto project = open_project(std::move(config).value(), request);
    if (!project)
        return fail(terminal, "medloc", project.error());
    TranslationProject opened;
    static_cast<Project&>(opened) = std::move(project).value();
    opened.options = *parsed;
    return opened;
}

void print_problems(Terminal& terminal, const std::vector<Finding>& problems) {
    for (const Finding& finding : problems)
        terminal.err << finding.file << ":" << finding.position.line << ":"
                     << finding.position.column << ": " << to_string(finding.severity) << ": "
                     << finding.message << " [" << finding.rule_id << "]\n";
}

} // namespace medloc
