#include "checks/schema/load_issue_findings.h"
#include "cli/check_setup.h"
#include "cli/command.h"
#include "cli/project_options.h"
#include "engine/file_discovery.h"
#include "loading/document_loader.h"
#include "translation/merger.h"
#include "translation/xliff_reader.h"

#include <filesystem>

namespace medloc {

namespace po = boost::program_options;

std::vector<std::string> requested_locales(const po::variables_map& map, const Config& config);
po::options_description translation_options();

int run_merge_command(const std::vector<std::string>& arguments, Terminal& terminal) {
    const po::options_description options = translation_options();
    auto parsed = parse_command_line(arguments, options, "paths", terminal, "merge");
    if (!parsed)
        return kExitUsage;
    if (parsed->count("help")) {
        terminal.out
            << "Usage: medloc merge [--locale L]... [ARTICLE|DIR...]\n\n"
            << "Builds localized articles in paths.localized/<L>/<id>.xml from the XLIFF\n"
            << "files: only articles whose every unit is final and not stale; each is\n"
            << "schema-valid, keeps its ids and inline markup, and is written atomically.\n"
            << "Articles with missing translations are listed, never filled with source text.\n"
            << "Exit status: 0 all merged, 1 some articles incomplete, 2 error.\n\n"
            << options;
        return kExitClean;
    }
    auto config = load_project_config(*parsed);
    if (!config) {
        terminal.err << "medloc: " << config.error().message << '\n';
        return kExitUsage;
    }
    const std::vector<std::string> locales = requested_locales(*parsed, config.value());
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
    const XmlSchema& schema = *setup.value()->article_schema;
    const DocumentRules rules{&schema, false, ReadLimits{}, "articles"};
    namespace fs = std::filesystem;
    int merged = 0;
    int incomplete = 0;
    int failed = 0;
    for (const std::string& path : files.value()) {
        LoadedDocument loaded = load_xml_document(path, rules);
        if (!loaded.ok()) {
            for (const Finding& finding :
                 findings_for(loaded.issues, path, expected_article_id(path)))
                terminal.err << finding.file << ":" << finding.position.line << ":"
                             << finding.position.column << ": error: " << finding.message << " ["
                             << finding.rule_id << "]\n";
            ++incomplete;
            continue;
        }
        const Article article = build_article(loaded.source, *loaded.tree);
        for (const std::string& locale : locales) {
            const std::string xliff_path = (fs::path(config.value().get("paths.translations")) /
                                            locale / (article.id + ".xlf"))
                                               .string();
            std::optional<XliffDocument> xliff;
            std::error_code ec;
            if (fs::exists(xliff_path, ec)) {
                XliffLoad load = load_xliff(xliff_path, ReadLimits{});
                for (const LoadIssue& issue : load.issues)
                    terminal.err << xliff_path << ":" << issue.position.line << ":"
                                 << issue.position.column << ": error: " << issue.message << '\n';
                xliff = std::move(load.document);
            }
            MergeRequest request;
            request.article = &article;
            request.tree = &*loaded.tree;
            request.xliff = xliff ? &*xliff : nullptr;
            request.target_locale = locale;
            request.output_path =
                (fs::path(config.value().get("paths.localized")) / locale / (article.id + ".xml"))
                    .string();
            request.schema = &schema;
            auto outcome = merge_article(request);
            if (!outcome) {
                terminal.err << "medloc: " << outcome.error().message << '\n';
                ++failed;
            } else if (outcome.value().written) {
                terminal.out << request.output_path << ": merged\n";
                ++merged;
            } else {
                // A localized article from an earlier merge would now be out of date.
                std::error_code removed;
                const bool had_previous = fs::remove(request.output_path, removed);
                terminal.out << request.output_path << ": not written"
                             << (had_previous ? " (its previous version was removed)" : "") << ", "
                             << outcome.value().missing.size() << " block(s) not approved:\n";
                for (const std::string& missing : outcome.value().missing)
                    terminal.out << "  " << missing << '\n';
                ++incomplete;
            }
        }
    }
    terminal.out << "medloc merge: " << merged << " merged, " << incomplete << " incomplete, "
                 << failed << " failed\n";
    if (failed > 0)
        return kExitUsage;
    return incomplete > 0 ? kExitErrorFindings : kExitClean;
}

} // namespace medloc
