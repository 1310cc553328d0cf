#include "project/export_plan.h"

#include "core/sha256.h"
#include "core/string_output.h"
#include "core/version.h"
#include "core/wording.h"
#include "export/bundle_directory.h"
#include "export/source_revision.h"
#include "publishing/publishing.h"
#include "text/printable.h"
#include "translation/merger.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <ostream>

namespace medloc {

namespace {

constexpr std::int64_t kDefaultTimestamp = 946684800; // 2000-01-01T00:00:00Z

// Error findings per file of the source articles and of every XLIFF file the export may
// read, checked in parallel once.
Result<std::map<std::string, int>>
error_counts(const Project& project, const std::vector<std::string>& locales, ResultCache* cache) {
    std::vector<std::string> ids;
    for (const std::string& path : project.files)
        ids.push_back(expected_article_id(path));
    std::vector<std::string> paths = project.files;
    for (std::string& xliff : existing_translation_files(project, ids, locales))
        paths.push_back(std::move(xliff));
    const FileChecker checker = make_file_checker(project.config, *project.setup, true);
    RunResult run = check_files(paths, checker, jobs_from(project.config), {}, cache);
    // A run that failed, or met a configuration error (a missing dictionary), did not check
    // everything: nothing may be exported on its word.
    if (run.failure)
        return Error{*run.failure};
    if (!run.configuration_errors.empty())
        return Error{run.configuration_errors.front()};
    std::map<std::string, int> counts;
    for (const Finding& finding : run.findings)
        counts[finding.file] += finding.severity == Severity::error;
    return counts;
}

} // namespace

Result<std::vector<std::string>>
export_locales(const Project& project, const std::optional<std::vector<std::string>>& requested) {
    std::vector<std::string> locales;
    if (requested) {
        locales = *requested;
    } else {
        locales = {project.source_locale()};
        for (const std::string& locale : project.config.settings().locales.targets)
            if (locale != project.source_locale())
                locales.push_back(locale);
    }
    for (const std::string& locale : locales)
        if (!is_safe_bundle_path(locale))
            return Error{"'" + locale + "' cannot name a bundle folder"};
    return locales;
}

Result<ExportPlan> plan_export(const Project& project, const ExportRequest& request) {
    auto checked = error_counts(project, request.locales, request.cache);
    if (!checked)
        return Error{checked.error()};
    const std::map<std::string, int>& errors = checked.value();
    const ErrorCounts errors_in = [&](const std::string& path) -> std::optional<int> {
        auto found = errors.find(path);
        return found == errors.end() ? 0 : found->second;
    };

    const Settings& settings = project.config.settings();
    BundleDescription description;
    description.tool_version = std::string(tool_version());
    description.source_revision = git_head_commit(settings.paths.content);
    description.source_locale = project.source_locale();
    description.locales = request.locales;
    for (const std::string& locale : request.locales)
        if (auto chain = settings.locales.fallbacks.find(locale);
            chain != settings.locales.fallbacks.end())
            description.fallback_locales[locale] = chain->second;
    BundleBuilder builder(description);
    ExportPlan plan;
    auto exclude = [&](const std::string& id, const std::string& locale,
                       std::vector<std::string> reasons) {
        plan.excluded.push_back({id, locale, reasons});
        builder.exclude({id, locale, std::move(reasons)});
    };

    for (const std::string& path : project.files) {
        auto source = load_source_article(path, project, plan.problems);
        if (!source) {
            for (const std::string& locale : request.locales)
                exclude(expected_article_id(path), locale,
                        {"the source article cannot be read or is not valid"});
            continue;
        }
        const Article& article = source->article;
        ArticleExportInfo info;
        info.source_locale = project.source_locale();
        info.source_hash = "sha256:" + sha256_hex(article.source->content);

        for (const std::string& locale : request.locales) {
            LocaleTranslations translations =
                load_locale_translations(project, article.id, locale, errors_in, plan.problems);
            const PublishingRequest publishing{&article,          &*source->document.tree, path,
                                               errors_in(path),   project.source_locale(), locale,
                                               translations.files};
            const PublishingDecision decision = decide_publishing(publishing);
            if (!decision.publishable) {
                exclude(article.id, locale, decision.reasons);
                continue;
            }
            if (locale == project.source_locale()) {
                builder.add_article(article, info);
                ++plan.exported;
                continue;
            }
            LocalizeRequest localize;
            localize.article = &article;
            localize.tree = &*source->document.tree;
            localize.target_locale = locale;
            localize.name = locale + "/" + article.id + ".json";
            localize.schema = &*project.setup->article_schema;
            localize.sources = translation_sources(publishing.translations);
            localize.refuse_source_copies = true; // as decide_publishing chose
            auto localized = localize_article(localize);
            if (!localized || !localized.value().missing.empty()) {
                exclude(article.id, locale,
                        {localized ? "block " + localized.value().missing.front()
                                   : localized.error().message});
                continue;
            }
            LoadedDocument loaded =
                load_xml_text(localize.name, localized.value().xml, project.article_rules());
            if (!loaded.ok()) {
                exclude(article.id, locale, {"the localized article does not load"});
                continue;
            }
            ArticleExportInfo localized_info = info;
            localized_info.fallbacks = localized.value().fallbacks;
            builder.add_article(build_article(loaded.source, *loaded.tree), localized_info);
            ++plan.exported;
        }
    }
    plan.files = builder.finish();
    return plan;
}

std::string exclusions_text(const ExportPlan& plan) {
    return render_to_string([&](std::ostream& out) {
        for (const Exclusion& excluded : plan.excluded) {
            out << printable(excluded.locale) << "/" << printable(excluded.article_id)
                << ": excluded: " << printable(excluded.reasons.front());
            if (excluded.reasons.size() > 1)
                out << " (and " << excluded.reasons.size() - 1 << " more in manifest.json)";
            out << '\n';
        }
    });
}

Status check_export_target(const ExportTarget& target) {
    return target.archive ? check_bundle_archive_target(target.out)
                          : check_bundle_directory_target(target.out);
}

Result<ExportTarget> export_target(const ExportTargetRequest& request) {
    ExportTarget target;
    target.out = request.out;
    target.archive_timestamp = archive_timestamp_from_environment();
    if (request.archive) {
        target.archive = parse_archive_format(*request.archive);
        if (!target.archive)
            return Error{"--archive takes tar.gz or zip, not '" + *request.archive + "'"};
    }
    if (request.signing_key_path) {
        auto key = Ed25519Key::load_private(*request.signing_key_path);
        if (!key)
            return key.error();
        target.signing_key.emplace(std::move(key).value());
    }
    if (Status allowed = check_export_target(target); !allowed)
        return allowed.error();
    return target;
}

Status write_export(ExportPlan& plan, const ExportTarget& target) {
    if (target.signing_key) {
        auto signature = sign_bundle(plan.files, *target.signing_key);
        if (!signature)
            return Error{signature.error()};
        plan.files.push_back(std::move(signature).value());
        std::sort(plan.files.begin(), plan.files.end(),
                  [](const BundleFile& a, const BundleFile& b) { return a.path < b.path; });
    }
    if (target.archive) {
        auto bytes = build_archive(plan.files, *target.archive, target.archive_timestamp);
        if (!bytes)
            return Error{bytes.error()};
        return publish_bundle_archive(target.out, bytes.value());
    }
    return publish_bundle_directory(target.out, plan.files);
}

std::string export_summary(const ExportPlan& plan, std::size_t locales,
                           const ExportTarget& target) {
    return "medloc export: " + counted(plan.exported, "article") + " in " +
           counted(static_cast<int>(locales), "locale") + ", " +
           std::to_string(plan.excluded.size()) + " excluded, " +
           counted(static_cast<int>(plan.files.size()), "file") + " -> " + target.out + '\n';
}

std::int64_t archive_timestamp_from_environment() {
    const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
    if (epoch == nullptr || *epoch == '\0')
        return kDefaultTimestamp;
    char* end = nullptr;
    const long long value = std::strtoll(epoch, &end, 10);
    return (*end == '\0' && value >= 0) ? value : kDefaultTimestamp;
}

} // namespace medloc
