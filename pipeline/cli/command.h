#pragma once

#include "cli/cli.h"
#include "core/result.h"

#include <string_view>
#include <vector>

namespace medloc {

// One subcommand: its name, a one-line summary and the function that runs it with the
// arguments that follow its name.
struct Command {
    std::string_view name;
    std::string_view summary;
    int (*run)(const std::vector<std::string>& arguments, Terminal& terminal);
};

const std::vector<Command>& commands();

// A command that cannot go on: prints "PREFIX: message" on stderr and returns kExitUsage.
int fail(Terminal& terminal, std::string_view prefix, const Error& error);

int run_check_command(const std::vector<std::string>& arguments, Terminal& terminal);
int run_baseline_command(const std::vector<std::string>& arguments, Terminal& terminal);
int run_merge_results_command(const std::vector<std::string>& arguments, Terminal& terminal);
int run_validate_command(const std::vector<std::string>& arguments, Terminal& terminal);
int run_kit_command(const std::vector<std::string>& arguments, Terminal& terminal);
int run_extract_command(const std::vector<std::string>& arguments, Terminal& terminal);
int run_coverage_command(const std::vector<std::string>& arguments, Terminal& terminal);
int run_approve_command(const std::vector<std::string>& arguments, Terminal& terminal);
int run_merge_command(const std::vector<std::string>& arguments, Terminal& terminal);
int run_terms_command(const std::vector<std::string>& arguments, Terminal& terminal);
int run_export_command(const std::vector<std::string>& arguments, Terminal& terminal);
int run_verify_command(const std::vector<std::string>& arguments, Terminal& terminal);
int run_report_command(const std::vector<std::string>& arguments, Terminal& terminal);
int run_fix_command(const std::vector<std::string>& arguments, Terminal& terminal);
int run_rules_command(const std::vector<std::string>& arguments, Terminal& terminal);

} // namespace medloc
