#include "project/translation_runs.h"

#include "translation/merger.h"

#include <filesystem>

namespace medloc {

ExtractRun extract_project(const Project& project, std::optional<XliffVersion> version) {
    ExtractRun run;
    for (const std::string& path : project.files) {
        ArticleExtraction& extraction = run.articles.emplace_back();
        auto source = load_source_article(path, project, extraction.problems);
        if (!source) {
            extraction.unreadable = true;
            ++run.unreadable;
            continue;
        }
        const Article& article = source->article;
        for (const std::string& locale : project.locales) {
            ExtractRequest request;
            request.article = &article;
            request.tree = &*source->document.tree;
            request.source_locale =
                article.locale.empty() ? project.source_locale() : article.locale;
            request.target_locale = locale;
            request.xliff_path = project.xliff_path(locale, article.id);
            request.version = version;
            LocaleExtraction& extracted = extraction.locales.emplace_back();
            extracted.xliff_path = request.xliff_path;
            auto stats = extract_article(request);
            if (stats) {
                extracted.stats = stats.value();
            } else {
                extracted.error = stats.error().message;
                ++run.failures;
            }
        }
    }
    return run;
}

MergeRun merge_project(const Project& project) {
    namespace fs = std::filesystem;
    MergeRun run;
    for (const std::string& path : project.files) {
        ArticleMerge& merge = run.articles.emplace_back();
        auto source = load_source_article(path, project, merge.problems);
        if (!source) {
            merge.unreadable = true;
            ++run.incomplete;
            continue;
        }
        const Article& article = source->article;
        for (const std::string& locale : project.locales) {
            LocaleMerge& merged = merge.locales.emplace_back();
            const std::optional<XliffDocument> xliff =
                load_existing_xliff(project.xliff_path(locale, article.id), merged.problems);
            MergeRequest request;
            request.article = &article;
            request.tree = &*source->document.tree;
            request.xliff = xliff ? &*xliff : nullptr;
            request.target_locale = locale;
            request.output_path = (fs::path(project.config.settings().paths.localized) / locale /
                                   (article.id + ".xml"))
                                      .string();
            request.schema = &*project.setup->article_schema;
            merged.output_path = request.output_path;
            auto outcome = merge_article(request);
            if (!outcome) {
                merged.error = outcome.error().message;
                ++run.failed;
            } else if (outcome.value().written) {
                merged.written = true;
                ++run.merged;
            } else {
                // A localized article from an earlier merge would now be out of date.
                std::error_code removed;
                merged.removed_previous = fs::remove(request.output_path, removed);
                merged.missing = std::move(outcome.value().missing);
                ++run.incomplete;
            }
        }
    }
    return run;
}

} // namespace medloc
