#pragma once

#include "cli/cli.h"
#include "project/project.h"

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <boost/program_options.hpp>

namespace medloc {

// A project command's parsed command line beside the project it opened (project/project.h).
struct TranslationProject : Project {
    boost::program_options::variables_map options;
};

// Parses the command line (the shared options plus `extra`), prints `usage` on --help,
// and opens the project (with `content_rules`, the word lists, dictionaries and termbase
// the content rules need); returns it, or the exit code after printing why not.
std::variant<TranslationProject, int>
open_translation_project(const std::vector<std::string>& arguments, Terminal& terminal,
                         std::string_view command, std::string_view usage,
                         const boost::program_options::options_description& extra,
                         bool content_rules = false);

// Loading problems on stderr, one `file:line:col: error: message [rule]` line each.
void print_problems(Terminal& terminal, const std::vector<Finding>& problems);

} // namespace medloc
