#include "project/project.h"

#include "checks/schema/load_issue_findings.h"
#include "engine/file_discovery.h"
#include "translation/xliff_reader.h"

#include <filesystem>
#include <set>

namespace medloc {

namespace fs = std::filesystem;

DocumentRules Project::article_rules() const {
    DocumentRules rules{&*setup->article_schema, false, ReadLimits{}, "articles"};
    rules.limits.max_bytes = config.settings().max_file_size;
    return rules;
}

std::string Project::xliff_path(const std::string& locale, const std::string& article_id) const {
    return (fs::path(config.settings().paths.translations) / locale / (article_id + ".xlf"))
        .string();
}

std::vector<std::string> Project::locale_chain(const std::string& locale) const {
    std::vector<std::string> chain = {locale};
    const auto& fallbacks = config.settings().locales.fallbacks;
    if (auto found = fallbacks.find(locale); found != fallbacks.end())
        chain.insert(chain.end(), found->second.begin(), found->second.end());
    return chain;
}

Result<Project> open_project(Config config, const ProjectRequest& request) {
    Project project;
    project.config = std::move(config);
    project.locales =
        request.locales ? *request.locales : project.config.settings().locales.targets;
    std::vector<std::string> inputs = request.inputs;
    if (inputs.empty())
        inputs.push_back(project.config.settings().paths.content);
    auto files = discover_files(inputs, {".xml"});
    if (!files)
        return Error{files.error()};
    project.files = std::move(files).value();
    auto setup = prepare_project(project.config, request.content_rules);
    if (!setup)
        return Error{setup.error()};
    project.setup = std::move(setup).value();
    return project;
}

std::optional<SourceArticle> load_source_article(const std::string& path, const Project& project,
                                                 std::vector<Finding>& problems) {
    LoadedDocument loaded = load_xml_document(path, project.article_rules());
    if (!loaded.ok()) {
        for (Finding& finding : findings_for(loaded.issues, path, expected_article_id(path)))
            problems.push_back(std::move(finding));
        return std::nullopt;
    }
    Article article = build_article(loaded.source, *loaded.tree);
    return SourceArticle{std::move(loaded), std::move(article)};
}

std::optional<XliffDocument> load_existing_xliff(const std::string& path,
                                                 std::vector<Finding>& problems) {
    std::error_code ec;
    if (!fs::exists(path, ec))
        return std::nullopt;
    XliffLoad load = load_xliff(path, ReadLimits{});
    for (Finding& finding : findings_for(load.issues, path, expected_article_id(path)))
        problems.push_back(std::move(finding));
    return std::move(load.document);
}

LocaleTranslations load_locale_translations(const Project& project, const std::string& article_id,
                                            const std::string& locale, const ErrorCounts& errors_in,
                                            std::vector<Finding>& problems) {
    LocaleTranslations loaded;
    if (locale == project.source_locale())
        return loaded;
    for (const std::string& member : project.locale_chain(locale)) {
        TranslationFile file{member, "", false, nullptr, std::nullopt};
        if (member != project.source_locale()) {
            file.path = project.xliff_path(member, article_id);
            std::error_code ec;
            file.exists = fs::exists(file.path, ec);
            if (auto document = load_existing_xliff(file.path, problems)) {
                loaded.documents.push_back(std::make_unique<XliffDocument>(std::move(*document)));
                file.xliff = loaded.documents.back().get();
            }
            file.error_findings = errors_in(file.path);
        }
        loaded.files.push_back(std::move(file));
    }
    return loaded;
}

std::vector<std::string> existing_translation_files(const Project& project,
                                                    const std::vector<std::string>& article_ids,
                                                    const std::vector<std::string>& locales) {
    std::set<std::string> xliff_locales;
    for (const std::string& locale : locales)
        for (const std::string& member : project.locale_chain(locale))
            xliff_locales.insert(member);
    xliff_locales.erase(project.source_locale());
    std::vector<std::string> paths;
    for (const std::string& id : article_ids)
        for (const std::string& locale : xliff_locales) {
            std::string xliff = project.xliff_path(locale, id);
            std::error_code ec;
            if (fs::exists(xliff, ec))
                paths.push_back(std::move(xliff));
        }
    return paths;
}

} // namespace medloc
