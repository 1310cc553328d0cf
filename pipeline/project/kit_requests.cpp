#include "project/kit_requests.h"

#include "engine/file_discovery.h"
#include "export/source_revision.h"

namespace medloc {

Result<KitCreateRequest> kit_create_request(const Project& project, const std::string& scope,
                                            const std::string& xliff_version) {
    if (project.locales.empty())
        return Error{"no target locale (--locale or locales.targets)"};
    auto parsed_scope = parse_kit_scope(scope);
    if (!parsed_scope)
        return parsed_scope.error();
    if (xliff_version != "2.1" && xliff_version != "1.2")
        return Error{"--xliff-version is 2.1 or 1.2, not '" + xliff_version + "'"};
    const Settings& settings = project.config.settings();
    KitCreateRequest request;
    request.article_paths = project.files;
    request.article_schema = &*project.setup->article_schema;
    request.limits.max_bytes = settings.max_file_size;
    request.source_locale = settings.locales.source;
    request.locales = project.locales;
    request.translations_dir = settings.paths.translations;
    request.scope = parsed_scope.value();
    request.xliff_version = xliff_version;
    request.services = &project.setup->services;
    request.rule_options = settings.rule_options;
    request.severities = settings.severities;
    request.created = kit_creation_time();
    request.source_revision =
        git_head_commit(settings.paths.content.empty() ? std::string(".") : settings.paths.content);
    return request;
}

Result<KitImportRequest> kit_import_request(const Project& project, const FileChecker& checker,
                                            const KitReturn& kit) {
    const Settings& settings = project.config.settings();
    auto articles = discover_files({settings.paths.content}, {".xml"});
    if (!articles)
        return articles.error();
    KitImportRequest request;
    request.returned_path = kit.path;
    request.manifest_path = kit.manifest_path;
    request.record_dir = settings.paths.kits;
    request.article_paths = std::move(articles).value();
    request.article_schema = &*project.setup->article_schema;
    request.limits.max_bytes = settings.max_file_size;
    request.archive_limits.max_entry_bytes = settings.max_file_size;
    request.translations_dir = settings.paths.translations;
    request.source_locale = settings.locales.source;
    request.checker = &checker;
    request.force = kit.force;
    return request;
}

} // namespace medloc
