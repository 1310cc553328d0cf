#include "cli/translation_project.h"

#include "checks/schema/load_issue_findings.h"
#include "cli/project_options.h"
#include "engine/file_discovery.h"
#include "translation/xliff_reader.h"

#include <filesystem>

namespace medloc {

namespace po = boost::program_options;

DocumentRules TranslationProject::article_rules() const {
    DocumentRules rules{&*setup->article_schema, false, ReadLimits{}, "articles"};
    rules.limits.max_bytes = config.settings().max_file_size;
    return rules;
}

std::string TranslationProject::xliff_path(const std::string& locale,
                                           const std::string& article_id) const {
    return (std::filesystem::path(config.settings().paths.translations) / locale /
            (article_id + ".xlf"))
        .string();
}

std::variant<TranslationProject, int>
open_translation_project(const std::vector<std::string>& arguments, Terminal& terminal,
                         std::string_view command, std::string_view usage,
                         const po::options_description& extra, bool content_rules) {
    po::options_description options = project_options();
    options.add_options()("locale,l", po::value<std::vector<std::string>>()->composing(),
                          "target locale; repeatable (default: locales.targets)");
    options.add(extra);
    auto parsed = parse_command_line(arguments, options, "paths", terminal, command);
    if (!parsed)
        return kExitUsage;
    if (parsed->count("help")) {
        terminal.out << usage << "\n\n" << options;
        return kExitClean;
    }
    TranslationProject project;
    project.options = *parsed;
    auto config = load_project_config(*parsed);
    if (!config) {
        terminal.err << "medloc: " << config.error().message << '\n';
        return kExitUsage;
    }
    project.config = std::move(config).value();
    project.locales = parsed->count("locale") ? (*parsed)["locale"].as<std::vector<std::string>>()
                                              : project.config.settings().locales.targets;
    std::vector<std::string> inputs = {project.config.settings().paths.content};
    if (parsed->count("paths"))
        inputs = (*parsed)["paths"].as<std::vector<std::string>>();
    auto files = discover_files(inputs, {".xml"});
    if (!files) {
        terminal.err << "medloc: " << files.error().message << '\n';
        return kExitUsage;
    }
    project.files = std::move(files).value();
    auto setup = prepare_check(project.config, content_rules);
    if (!setup) {
        terminal.err << "medloc: " << setup.error().message << '\n';
        return kExitUsage;
    }
    project.setup = std::move(setup).value();
    return project;
}

std::optional<SourceArticle> load_source_article(const std::string& path,
                                                 const TranslationProject& project,
                                                 Terminal& terminal) {
    LoadedDocument loaded = load_xml_document(path, project.article_rules());
    if (!loaded.ok()) {
        for (const Finding& finding : findings_for(loaded.issues, path, expected_article_id(path)))
            terminal.err << finding.file << ":" << finding.position.line << ":"
                         << finding.position.column << ": error: " << finding.message << " ["
                         << finding.rule_id << "]\n";
        return std::nullopt;
    }
    Article article = build_article(loaded.source, *loaded.tree);
    return SourceArticle{std::move(loaded), std::move(article)};
}

std::optional<XliffDocument> load_existing_xliff(const std::string& path, Terminal& terminal) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        return std::nullopt;
    XliffLoad load = load_xliff(path, ReadLimits{});
    for (const LoadIssue& issue : load.issues)
        terminal.err << path << ":" << issue.position.line << ":" << issue.position.column
                     << ": error: " << issue.message << '\n';
    return std::move(load.document);
}

LocaleTranslations load_locale_translations(
    const TranslationProject& project, const std::string& article_id, const std::string& locale,
    const std::function<std::optional<int>(const std::string&)>& errors_in, Terminal& terminal) {
    LocaleTranslations loaded;
    const Settings& settings = project.config.settings();
    if (locale == settings.locales.source)
        return loaded;
    std::vector<std::string> chain = {locale};
    if (auto found = settings.locales.fallbacks.find(locale);
        found != settings.locales.fallbacks.end())
        chain.insert(chain.end(), found->second.begin(), found->second.end());
    for (const std::string& member : chain) {
        TranslationFile file{member, "", false, nullptr, std::nullopt};
        if (member != settings.locales.source) {
            file.path = project.xliff_path(member, article_id);
            std::error_code ec;
            file.exists = std::filesystem::exists(file.path, ec);
            if (auto document = load_existing_xliff(file.path, terminal)) {
                loaded.documents.push_back(std::make_unique<XliffDocument>(std::move(*document)));
                file.xliff = loaded.documents.back().get();
            }
            file.error_findings = errors_in(file.path);
        }
        loaded.files.push_back(std::move(file));
    }
    return loaded;
}

} // namespace medloc
