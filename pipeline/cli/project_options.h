#pragma once

#include "cli/cli.h"
#include "config/config.h"
#include "engine/result_cache.h"
#include "project/project_setup.h"

#include <string>
#include <vector>

#include <boost/program_options.hpp>

namespace medloc {

// The options every project command shares: --config, --root, --show-config, --help,
// --severity and one option per setting of the table (so that every medloc.ini key can
// be given on the command line too).
boost::program_options::options_description project_options();

// Reads the parsed options into a ConfigRequest and loads the configuration.
Result<Config> load_project_config(const boost::program_options::variables_map& options);

// Parses `arguments` with `options` and the positional `paths`. Usage errors are
// printed and returned as nullopt.
std::optional<boost::program_options::variables_map>
parse_command_line(const std::vector<std::string>& arguments,
                   const boost::program_options::options_description& options,
                   const char* positional_name, Terminal& terminal, std::string_view command);

// Prints `usage` and the options: on stdout when the user asked (--help; exit 0), on
// stderr after a misuse (exit 2). Returns that exit code.
int print_usage(Terminal& terminal, bool asked, std::string_view usage,
                const boost::program_options::options_description& options);

// The project's result cache (project/check_environment) with its warnings shown on
// stderr; an Error (cache.path holds something else) stops the command.
Result<std::unique_ptr<ResultCache>> open_project_cache(const Config& config, bool content_rules,
                                                        Terminal& terminal);
// Saves what the run added; a failure is a warning on stderr.
void save_project_cache(ResultCache* cache, Terminal& terminal);

} // namespace medloc
