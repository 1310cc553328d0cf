#include "cli/check_setup.h"
#include "cli/command.h"
#include "cli/project_options.h"
#include "cli/report_output.h"
#include "engine/article_checker.h"
#include "engine/file_discovery.h"

#include <thread>

namespace medloc {

namespace po = boost::program_options;

namespace {

int run_article_command(const std::vector<std::string>& arguments, Terminal& terminal,
                        std::string_view command, bool content_rules) {
    const po::options_description options = project_options();
    auto parsed = parse_command_line(arguments, options, "paths", terminal, command);
    if (!parsed)
        return kExitUsage;
    const po::variables_map& map = *parsed;
    if (map.count("help")) {
        terminal.out
            << "Usage: medloc " << command << " [options] [FILE|DIR...]\n\n"
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

    std::vector<std::string> inputs;
    if (map.count("paths"))
        inputs = map["paths"].as<std::vector<std::string>>();
    else
        inputs.push_back(config.value().get("paths.content"));
    // `check` reads articles and XLIFF files; `validate` articles.
    auto files = content_rules ? discover_files(inputs, {".xml", ".xlf", ".xliff"})
                               : discover_files(inputs, {".xml"});
    if (!files) {
        terminal.err << "medloc: " << files.error().message << '\n';
        return kExitUsage;
    }

    auto setup = prepare_check(config.value(), content_rules);
    if (!setup) {
        terminal.err << "medloc: " << setup.error().message << '\n';
        return kExitUsage;
    }
    const CheckSetup& prepared = *setup.value();

    CheckOptions check_options;
    check_options.limits.max_bytes = std::stoull(config.value().get("limits.max-file-size"));
    check_options.run_content_rules = content_rules;
    const SeverityPolicy policy = config.value().severity_policy();
    const ArticleChecker checker(*prepared.article_schema, builtin_rules(), policy, check_options,
                                 prepared.services);
    CheckRun run = check_files(files.value(), checker, jobs_from(config.value()));
    if (!run.configuration_errors.empty()) {
        for (const std::string& error : run.configuration_errors)
            terminal.err << "medloc: " << error << '\n';
        return kExitUsage;
    }
    // The termbase is an input of the run like the articles: its problems are findings.
    if (!prepared.termbase_path.empty()) {
        std::vector<Finding> termbase_findings = prepared.termbase_findings;
        policy.apply(termbase_findings);
        run.findings.insert(run.findings.end(), termbase_findings.begin(), termbase_findings.end());
        sort_findings(run.findings);
    }
    const std::vector<RuleInfo> rules = builtin_rules().infos();
    Report report{run.findings, run.files};
    report.checked_files = &files.value();
    report.rules = &rules;
    return emit_report(config.value(), report, terminal);
}

} // namespace

int run_check_command(const std::vector<std::string>& arguments, Terminal& terminal) {
    return run_article_command(arguments, terminal, "check", true);
}

int run_validate_command(const std::vector<std::string>& arguments, Terminal& terminal) {
    return run_article_command(arguments, terminal, "validate", false);
}

} // namespace medloc
