#include "cli/command.h"
#include "cli/progress_line.h"
#include "cli/project_options.h"
#include "core/process_exit.h"
#include "project/check_run.h"
#include "project/report_output.h"
#include "project/shards.h"

#include <cstdint>
#include <iostream>
#include <optional>
#include <span>

namespace medloc {

namespace po = boost::program_options;

namespace {

// Standard input, up to `limit` bytes (more is an error, not a silent cut).
Result<std::string> read_standard_input(std::uint64_t limit) {
    std::string content;
    char buffer[65536];
    while (std::cin.read(buffer, sizeof buffer) || std::cin.gcount() > 0) {
        content.append(buffer, static_cast<std::size_t>(std::cin.gcount()));
        if (content.size() > limit)
            return Error{"standard input is larger than limits.max-file-size (" +
                         std::to_string(limit) + " bytes)"};
    }
    if (std::cin.bad())
        return Error{"cannot read standard input"};
    return content;
}

// `baseline_out`: instead of a report, write the findings as a baseline to this file.
int run_article_command(const std::vector<std::string>& arguments, Terminal& terminal,
                        std::string_view command, bool content_rules,
                        const std::string* baseline_out = nullptr) {
    po::options_description options = project_options();
    options.add_options()("no-cache", "check every file, without reading or writing the "
                                      "result cache (cache.path)")(
        "stdin-filename", po::value<std::string>(),
        "with '-' among the paths: the path standard input stands for, in messages and to tell "
        "an article (.xml) from XLIFF (.xlf); default stdin.xml");
    if (content_rules && baseline_out == nullptr)
        options.add_options()("shard", po::value<std::string>(),
                              "K/N: check the K-th of N stable shares of the files (by article "
                              "id); join the JSON reports with medloc merge-results")(
            "changed-since", po::value<std::string>(),
            "check only the articles and translations changed since this git "
            "revision (a changed termbase, word list, schema or medloc.ini "
            "means every file); without FILE|DIR, paths.content and "
            "paths.translations");
    auto parsed = parse_command_line(arguments, options, "paths", terminal, command);
    if (!parsed)
        return kExitUsage;
    const po::variables_map& map = *parsed;
    if (map.count("help")) {
        terminal.out
            << "Usage: medloc " << command << (baseline_out ? " FILE" : "")
            << " [options] [FILE|DIR...]\n\n"
            << (content_rules
                    ? "Checks articles: schema, ids and every content rule.\n"
                    : "Validates articles against schemas/article.xsd and checks their ids.\n")
            << "Without FILE|DIR, checks paths.content of medloc.ini.\n"
            << "Exit status: 0 no error finding, 1 error findings, 2 usage or configuration "
               "error.\n\n"
            << options;
        return kExitClean;
    }
    auto config = load_project_config(map);
    if (!config)
        return fail(terminal, "medloc", config.error());
    if (map.count("show-config")) {
        terminal.out << describe_config(config.value());
        return kExitClean;
    }

    CheckRequest request;
    if (map.count("paths"))
        request.selection.inputs = map["paths"].as<std::vector<std::string>>();
    request.selection.content_rules = content_rules;
    if (map.count("changed-since"))
        request.selection.changed_since = map["changed-since"].as<std::string>();
    if (map.count("shard"))
        request.selection.shard = map["shard"].as<std::string>();
    request.use_cache = !map.count("no-cache");
    request.use_baseline = baseline_out == nullptr;
    if (map.count("stdin-filename"))
        request.stdin_name = map["stdin-filename"].as<std::string>();
    request.read_stdin = read_standard_input;
    std::vector<std::string> warnings;
    auto prepared = prepare_check(config.value(), request, warnings);
    print_warnings(terminal, warnings);
    if (!prepared)
        return fail(terminal, "medloc", prepared.error());
    PreparedCheck& check = prepared.value();
    const std::vector<std::string>& files = check.selection.files;
    // The report is written as the files are checked; `baseline write` keeps the findings.
    const std::vector<RuleInfo> rules = builtin_rules().infos();
    std::unique_ptr<ReportOutput> report;
    std::vector<Finding> recorded;
    if (baseline_out == nullptr) {
        auto opened = ReportOutput::open(config.value(), standard_output(terminal),
                                         ReportStart{static_cast<int>(check.checked_files.size()),
                                                     &check.checked_files, &rules});
        if (!opened)
            return fail(terminal, "medloc", opened.error());
        report = std::move(opened).value();
    }
    // A progress line on a terminal for long runs; silent when stderr is a file or a pipe.
    std::optional<ProgressLine> progress;
    if (terminal.stderr_is_terminal && terminal_understands_escapes())
        progress.emplace(terminal.progress ? *terminal.progress : terminal.err, files.size());
    const ReportedRun run = check_in_report_order(
        files, *check.checker, jobs_from(config.value()), std::move(check.extras),
        [&](std::span<const Finding> findings) {
            if (!report) {
                recorded.insert(recorded.end(), findings.begin(), findings.end());
                return;
            }
            // Findings on the terminal go between progress lines.
            const bool between = progress && report->writes_to_standard_output();
            if (between)
                progress->finish();
            report->add(findings);
            if (between)
                terminal.out.flush();
        },
        [&](std::size_t done) {
            if (progress)
                progress->update(done);
        },
        check.cache.get());
    if (progress)
        progress->finish();
    save_project_cache(check.cache.get(), terminal);
    note_suggestion_budget(config.value(), *check.setup, terminal.err);
    if (terminal.process_ends_after)
        leave_to_process_exit(std::move(check.setup));
    if (run.failure) {
        terminal.err << "medloc: " << *run.failure << '\n';
        return kExitUsage;
    }
    if (!run.configuration_errors.empty()) {
        for (const std::string& error : run.configuration_errors)
            terminal.err << "medloc: " << error << '\n';
        return kExitUsage;
    }
    if (baseline_out != nullptr) {
        auto written = write_check_baseline(*baseline_out, recorded, check.checked_files.size());
        if (!written)
            return fail(terminal, "medloc", written.error());
        terminal.out << written.value();
        return kExitClean;
    }
    return report_exit_code(report->finish(), terminal);
}

} // namespace

int run_check_command(const std::vector<std::string>& arguments, Terminal& terminal) {
    return run_article_command(arguments, terminal, "check", true);
}

int run_baseline_command(const std::vector<std::string>& arguments, Terminal& terminal) {
    if (arguments.size() < 2 || arguments[0] != "write" || arguments[1].starts_with("-")) {
        const bool help = !arguments.empty() && (arguments[0] == "--help" || arguments[0] == "-h");
        (help ? terminal.out : terminal.err)
            << "Usage: medloc baseline write FILE [check options] [FILE|DIR...]\n\n"
               "Runs the checks and records today's findings in FILE (JSON, written atomically)\n"
               "by fingerprints that survive edits elsewhere in a file. 'medloc check --baseline\n"
               "FILE' then reports only the findings the baseline does not record.\n";
        return help ? kExitClean : kExitUsage;
    }
    const std::string out = arguments[1];
    const std::vector<std::string> rest(arguments.begin() + 2, arguments.end());
    return run_article_command(rest, terminal, "baseline write", true, &out);
}

int run_merge_results_command(const std::vector<std::string>& arguments, Terminal& terminal) {
    const po::options_description options = project_options();
    auto parsed = parse_command_line(arguments, options, "paths", terminal, "merge-results");
    if (!parsed)
        return kExitUsage;
    if (parsed->count("help") || !parsed->count("paths"))
        return print_usage(
            terminal, parsed->count("help") > 0,
            "Usage: medloc merge-results [--format F] [--output FILE] REPORT.json...\n\n"
            "Joins the JSON reports of 'medloc check --shard K/N --format json' runs into one\n"
            "report, in any output format, with the output of an unsharded run (files in\n"
            "path order). Exit status: 0 no error finding, 1 error findings, 2 error.",
            options);
    auto config = load_project_config(*parsed);
    if (!config)
        return fail(terminal, "medloc", config.error());
    return report_exit_code(write_merged_report(config.value(),
                                                (*parsed)["paths"].as<std::vector<std::string>>(),
                                                standard_output(terminal)),
                            terminal);
}

int run_validate_command(const std::vector<std::string>& arguments, Terminal& terminal) {
    return run_article_command(arguments, terminal, "validate", false);
}

} // namespace medloc
