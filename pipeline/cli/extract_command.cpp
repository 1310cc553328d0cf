#include "checks/schema/load_issue_findings.h"
#include "cli/check_setup.h"
#include "cli/command.h"
#include "cli/project_options.h"
#include "cli/report_output.h"
#include "engine/file_discovery.h"
#include "loading/document_loader.h"
#include "translation/extractor.h"

#include <filesystem>

namespace medloc {

namespace po = boost::program_options;

std::vector<std::string> requested_locales(const po::variables_map& map, const Config& config) {
    if (map.count("locale"))
        return map["locale"].as<std::vector<std::string>>();
    return config.target_locales();
}

po::options_description translation_options() {
    po::options_description options = project_options();
    options.add_options()("locale,l", po::value<std::vector<std::string>>()->composing(),
                          "target locale; repeatable (default: locales.targets)");
    return options;
}

int run_extract_command(const std::vector<std::string>& arguments, Terminal& terminal) {
    const po::options_description options = translation_options();
    auto parsed = parse_command_line(arguments, options, "paths", terminal, "extract");
    if (!parsed)
        return kExitUsage;
    if (parsed->count("help")) {
        terminal.out
            << "Usage: medloc extract [--locale L]... [ARTICLE|DIR...]\n\n"
            << "Writes or updates translations/<L>/<id>.xlf (XLIFF 2.1) for each article:\n"
            << "one unit per block, inline markup as <pc> codes. Existing targets and states\n"
            << "are kept; a unit whose source changed is marked stale; files are replaced\n"
            << "atomically.\n\n"
            << options;
        return kExitClean;
    }
    auto config = load_project_config(*parsed);
    if (!config) {
        terminal.err << "medloc: " << config.error().message << '\n';
        return kExitUsage;
    }
    const std::vector<std::string> locales = requested_locales(*parsed, config.value());
    if (locales.empty()) {
        terminal.err << "medloc extract: no target locale (--locale or locales.targets)\n";
        return kExitUsage;
    }
    std::vector<std::string> inputs = {config.value().get("paths.content")};
    if (parsed->count("paths"))
        inputs = (*parsed)["paths"].as<std::vector<std::string>>();
    auto files = discover_files(inputs, {".xml"});
    if (!files) {
        terminal.err << "medloc: " << files.error().message << '\n';
        return kExitUsage;
    }
    auto setup = prepare_check(config.value(), false);
    if (!setup) {
        terminal.err << "medloc: " << setup.error().message << '\n';
        return kExitUsage;
    }
    DocumentRules rules{&*setup.value()->article_schema, false, ReadLimits{}, "articles"};
    rules.limits.max_bytes = std::stoull(config.value().get("limits.max-file-size"));

    std::vector<Finding> findings;
    int failures = 0;
    for (const std::string& path : files.value()) {
        LoadedDocument loaded = load_xml_document(path, rules);
        if (!loaded.ok()) {
            auto problems = findings_for(loaded.issues, path, expected_article_id(path));
            findings.insert(findings.end(), problems.begin(), problems.end());
            continue;
        }
        const Article article = build_article(loaded.source, *loaded.tree);
        for (const std::string& locale : locales) {
            ExtractRequest request;
            request.article = &article;
            request.tree = &*loaded.tree;
            request.source_locale =
                article.locale.empty() ? config.value().get("locales.source") : article.locale;
            request.target_locale = locale;
            request.xliff_path = (std::filesystem::path(config.value().get("paths.translations")) /
                                  locale / (article.id + ".xlf"))
                                     .string();
            auto stats = extract_article(request);
            if (!stats) {
                terminal.err << "medloc: " << stats.error().message << '\n';
                ++failures;
                continue;
            }
            const ExtractStats& s = stats.value();
            terminal.err << request.xliff_path << ": " << s.added << " added, " << s.stale
                         << " stale, " << s.updated << " updated, " << s.unchanged << " unchanged, "
                         << s.obsolete << " obsolete, " << s.dropped << " dropped\n";
        }
    }
    if (failures > 0)
        return kExitUsage;
    sort_findings(findings);
    return emit_report(config.value(), Report{findings, static_cast<int>(files.value().size())},
                       terminal);
}

} // namespace medloc
