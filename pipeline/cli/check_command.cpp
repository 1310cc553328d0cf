#include "cli/command.h"
#include "cli/project_options.h"
#include "cli/report_output.h"
#include "config/data_files.h"
#include "engine/article_checker.h"
#include "engine/file_discovery.h"
#include "loading/xml_parser.h"
#include "spelling/speller.h"

#include <thread>

namespace medloc {

namespace po = boost::program_options;

namespace {

int jobs_from(const Config& config) {
    const int configured = std::stoi(config.get("run.jobs"));
    if (configured > 0)
        return configured;
    return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

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
    auto files = discover_files(inputs, ".xml");
    if (!files) {
        terminal.err << "medloc: " << files.error().message << '\n';
        return kExitUsage;
    }

    initialise_secure_xml();
    auto schema_path = find_schema(config.value(), "article.xsd");
    if (!schema_path) {
        terminal.err << "medloc: " << schema_path.error().message << '\n';
        return kExitUsage;
    }
    auto schema = XmlSchema::compile(schema_path.value());
    if (!schema) {
        terminal.err << "medloc: " << schema.error().message << '\n';
        return kExitUsage;
    }

    // Spelling: dictionaries are found lazily per locale; the word lists are read now so
    // that a broken one stops the run before anything is checked.
    std::unique_ptr<SpellingService> spelling;
    CheckServices services;
    if (content_rules) {
        auto word_lists = load_word_lists(config.value().get("paths.terminology"));
        if (!word_lists) {
            terminal.err << "medloc: " << word_lists.error().message << '\n';
            return kExitUsage;
        }
        spelling = std::make_unique<SpellingService>(config.value().get("spelling.dictionary-path"),
                                                     std::move(word_lists).value());
        services.spelling = spelling.get();
        services.check_acronyms = config.value().get("spelling.acronyms") == "check";
        services.narrow_no_break_space = config.value().get("typography.nbsp") == "narrow";
    }

    CheckOptions check_options;
    check_options.limits.max_bytes = std::stoull(config.value().get("limits.max-file-size"));
    check_options.run_content_rules = content_rules;
    const SeverityPolicy policy = config.value().severity_policy();
    const ArticleChecker checker(schema.value(), builtin_rules(), policy, check_options, services);
    const CheckRun run = check_files(files.value(), checker, jobs_from(config.value()));
    if (!run.configuration_errors.empty()) {
        for (const std::string& error : run.configuration_errors)
            terminal.err << "medloc: " << error << '\n';
        return kExitUsage;
    }
    return emit_report(config.value(), Report{run.findings, run.files}, terminal);
}

} // namespace

int run_check_command(const std::vector<std::string>& arguments, Terminal& terminal) {
    return run_article_command(arguments, terminal, "check", true);
}

int run_validate_command(const std::vector<std::string>& arguments, Terminal& terminal) {
    return run_article_command(arguments, terminal, "validate", false);
}

} // namespace medloc
