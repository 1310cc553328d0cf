#include "cli/command.h"
#include "cli/progress_line.h"
#include "cli/project_options.h"
#include "cli/report_output.h"
#include "core/atomic_file.h"
#include "core/wording.h"
#include "engine/baseline.h"
#include "engine/file_checker.h"
#include "engine/report_order.h"
#include "engine/result_cache.h"
#include "project/check_environment.h"
#include "project/file_selection.h"
#include "project/project_setup.h"
#include "project/shards.h"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <iostream>
#include <optional>
#include <span>
#include <thread>

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
    if (!config) {
        terminal.err << "medloc: " << config.error().message << '\n';
        return kExitUsage;
    }
    if (map.count("show-config")) {
        terminal.out << describe_config(config.value());
        return kExitClean;
    }

    FileSelectionRequest selection_request;
    if (map.count("paths"))
        selection_request.inputs = map["paths"].as<std::vector<std::string>>();
    selection_request.content_rules = content_rules;
    if (map.count("changed-since"))
        selection_request.changed_since = map["changed-since"].as<std::string>();
    if (map.count("shard"))
        selection_request.shard = map["shard"].as<std::string>();
    auto selection = select_check_files(config.value(), selection_request);
    if (!selection) {
        terminal.err << "medloc: " << selection.error().message << '\n';
        return kExitUsage;
    }
    const std::vector<std::string>& files = selection.value().files;
    const std::string stdin_name =
        map.count("stdin-filename") ? map["stdin-filename"].as<std::string>() : "stdin.xml";

    auto setup = prepare_project(config.value(), content_rules);
    if (!setup) {
        terminal.err << "medloc: " << setup.error().message << '\n';
        return kExitUsage;
    }
    const ProjectSetup& prepared = *setup.value();

    const FileChecker checker = make_file_checker(config.value(), prepared, content_rules);
    std::unique_ptr<ResultCache> cache;
    if (!map.count("no-cache")) {
        auto opened_cache = open_project_cache(config.value(), content_rules, terminal);
        if (!opened_cache) {
            terminal.err << "medloc: " << opened_cache.error().message << '\n';
            return kExitUsage;
        }
        cache = std::move(opened_cache).value();
    }
    // Standard input is checked first: its findings take their place in the report.
    std::vector<std::string> checked_files = files;
    ReportExtras extras;
    if (selection.value().read_stdin) {
        auto content = read_standard_input(config.value().settings().max_file_size);
        if (!content) {
            terminal.err << "medloc: " << content.error().message << '\n';
            return kExitUsage;
        }
        FileResult piped = checker.check_content(stdin_name, std::move(content).value());
        extras.known = std::move(piped.findings);
        extras.configuration_errors = std::move(piped.configuration_errors);
        checked_files.push_back(stdin_name);
    }
    // The termbase is an input of the run like the articles: its problems are findings.
    if (!prepared.termbase_path.empty() &&
        selection.value().shard_index == 1) { // once across shards
        std::vector<Finding> termbase_findings = prepared.termbase_findings;
        config.value().settings().severities.apply(termbase_findings);
        extras.known.insert(extras.known.end(), termbase_findings.begin(), termbase_findings.end());
    }
    // With a baseline, only what it does not record is reported (and decides the exit).
    std::optional<Baseline> baseline;
    if (const std::string& baseline_path = config.value().settings().output.baseline;
        !baseline_path.empty() && baseline_out == nullptr) {
        auto read = read_baseline(baseline_path);
        if (!read) {
            terminal.err << "medloc: " << read.error().message << '\n';
            return kExitUsage;
        }
        baseline = std::move(read).value();
        extras.baseline = &*baseline;
    }
    // The report is written as the files are checked; `baseline write` keeps the findings.
    const std::vector<RuleInfo> rules = builtin_rules().infos();
    std::unique_ptr<ReportOutput> report;
    std::vector<Finding> recorded;
    if (baseline_out == nullptr) {
        auto opened = ReportOutput::open(
            config.value(), terminal,
            ReportStart{static_cast<int>(checked_files.size()), &checked_files, &rules});
        if (!opened) {
            terminal.err << "medloc: " << opened.error().message << '\n';
            return kExitUsage;
        }
        report = std::move(opened).value();
    }
    // A progress line on a terminal for long runs; silent when stderr is a file or a pipe.
    std::optional<ProgressLine> progress;
    if (terminal.stderr_is_terminal && terminal_understands_escapes())
        progress.emplace(terminal.progress ? *terminal.progress : terminal.err, files.size());
    const ReportedRun run = check_in_report_order(
        files, checker, jobs_from(config.value()), std::move(extras),
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
        cache.get());
    if (progress)
        progress->finish();
    save_project_cache(cache.get(), terminal);
    note_suggestion_budget(config.value(), prepared, terminal.err);
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
        if (Status written = write_file_atomically(*baseline_out, baseline_json(recorded));
            !written) {
            terminal.err << "medloc: " << written.error().message << '\n';
            return kExitUsage;
        }
        terminal.out << "medloc baseline: "
                     << counted(static_cast<long long>(recorded.size()), "finding") << " of "
                     << counted(static_cast<int>(checked_files.size()), "file") << " recorded in "
                     << *baseline_out << '\n';
        return kExitClean;
    }
    return report->finish();
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
    if (!config) {
        terminal.err << "medloc: " << config.error().message << '\n';
        return kExitUsage;
    }
    auto merged = merge_shard_reports((*parsed)["paths"].as<std::vector<std::string>>());
    if (!merged) {
        terminal.err << "medloc: " << merged.error().message << '\n';
        return kExitUsage;
    }
    const std::vector<RuleInfo> rules = builtin_rules().infos();
    Report report{merged.value().findings, merged.value().files};
    report.checked_files = &merged.value().checked_files;
    report.rules = &rules;
    return emit_report(config.value(), report, terminal);
}

int run_validate_command(const std::vector<std::string>& arguments, Terminal& terminal) {
    return run_article_command(arguments, terminal, "validate", false);
}

} // namespace medloc
