#pragma once

#include "cli/cli.h"
#include "config/config.h"
#include "engine/result_cache.h"
#include "project/project_setup.h"
#include "project/report_output.h"

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

// Warnings on stderr, one "medloc: warning: ..." line each.
void print_warnings(Terminal& terminal, const std::vector<std::string>& warnings);

// The project's result cache for the content rules (project/check_environment), or none
// with --no-cache; its warnings shown on stderr. nullopt after printing "PREFIX: why" when
// it cannot be opened (cache.path holds something else): that stops the command.
std::optional<std::unique_ptr<ResultCache>>
open_cache_unless_disabled(const Config& config,
                           const boost::program_options::variables_map& options, Terminal& terminal,
                           std::string_view prefix);
// Saves what the run added; a failure is a warning on stderr.
void save_project_cache(ResultCache* cache, Terminal& terminal);

// Where a report goes without output.file.
StandardOutput standard_output(const Terminal& terminal);

// The exit code of a report (project/report_output): 1 with error findings, else 0; 2
// after printing why it could not be written.
int report_exit_code(const Result<FindingCounts>& written, Terminal& terminal);

} // namespace medloc
