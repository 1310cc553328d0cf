// medloc.ini and the command line. The input is an ini file, then a NUL byte, then
// command-line arguments one per line.
// Properties: parsing never throws; a configuration that loads describes itself and gives
// a severity policy for every rule.

#include "checks/rule_registry.h"
#include "cli/project_options.h"
#include "fuzz_support.h"

#include <sstream>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace medloc;
    const std::string input(reinterpret_cast<const char*>(data), size);
    const std::size_t split = input.find('\0');
    const std::string ini = input.substr(0, split);
    fuzz::MemoryFile file(reinterpret_cast<const std::uint8_t*>(ini.data()), ini.size());
    std::vector<std::string> arguments = {"--config", file.path()};
    if (split != std::string::npos) {
        std::istringstream lines(input.substr(split + 1));
        for (std::string line; std::getline(lines, line);)
            arguments.push_back(line);
    }
    std::ostringstream out;
    std::ostringstream err;
    Terminal terminal{out, err, false, false};
    const auto parsed =
        parse_command_line(arguments, project_options(), "paths", terminal, "check");
    if (!parsed)
        return 0;
    auto config = load_project_config(*parsed);
    if (!config) {
        fuzz::require(!config.error().message.empty(), "a configuration error says why");
        return 0;
    }
    (void)describe_config(config.value());
    const SeverityPolicy policy = config.value().settings().severities;
    for (const RuleInfo& info : builtin_rules().infos())
        (void)policy.enabled(std::string(info.id));
    (void)config.value().settings().locales.targets;
    (void)config.value().settings().locales.fallbacks;
    return 0;
}
