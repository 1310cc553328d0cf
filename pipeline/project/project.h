#pragma once

#include "config/config.h"
#include "core/finding.h"
#include "core/result.h"
#include "loading/article.h"
#include "loading/document_loader.h"
#include "project/project_setup.h"
#include "publishing/publishing.h"
#include "translation/xliff_document.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace medloc {

// A project opened for a command that works article by article (extract, merge, coverage,
// export, report, kit): its configuration, the source articles, the target locales, and the
// compiled schema and services of the check.
struct Project {
    Config config;
    std::vector<std::string> locales; // the request's, else locales.targets
    std::vector<std::string> files;   // source articles
    std::unique_ptr<ProjectSetup> setup;

    const std::string& source_locale() const { return config.settings().locales.source; }
    DocumentRules article_rules() const;
    std::string xliff_path(const std::string& locale, const std::string& article_id) const;
    // `locale` and the locales its missing blocks fall back to (locales.fallbacks).
    std::vector<std::string> locale_chain(const std::string& locale) const;
};

struct ProjectRequest {
    std::optional<std::vector<std::string>> locales; // none: locales.targets
    std::vector<std::string> inputs;                 // files or folders; empty: paths.content
    bool content_rules = false; // load the word lists, dictionaries and termbase too
};

// Errors are configuration errors (exit 2): no such input, a missing schema or word list.
[[nodiscard]] Result<Project> open_project(Config config, const ProjectRequest& request);

struct SourceArticle {
    LoadedDocument document;
    Article article;
};

// A source article, or nullopt when it cannot be read or is not valid; its problems are
// appended to `problems` as findings, for the command to show.
[[nodiscard]] std::optional<SourceArticle> load_source_article(const std::string& path,
                                                               const Project& project,
                                                               std::vector<Finding>& problems);

// The XLIFF file when it exists (nullopt otherwise); its problems go to `problems`.
[[nodiscard]] std::optional<XliffDocument> load_existing_xliff(const std::string& path,
                                                               std::vector<Finding>& problems);

// Error findings per file as a run counted them; nullopt for a file that was not checked.
using ErrorCounts = std::function<std::optional<int>(const std::string&)>;

// The XLIFF files the publishing of an article in a locale reads: the locale's own, then
// those of its fallback locales, the source locale standing for the source text. Empty for
// the source locale.
struct LocaleTranslations {
    std::vector<std::unique_ptr<XliffDocument>> documents;
    std::vector<TranslationFile> files;
};
[[nodiscard]] LocaleTranslations load_locale_translations(const Project& project,
                                                          const std::string& article_id,
                                                          const std::string& locale,
                                                          const ErrorCounts& errors_in,
                                                          std::vector<Finding>& problems);

// Every existing XLIFF file of the project's articles in `locales` and their fallback
// locales (the source locale has none): what export and report check besides the articles.
[[nodiscard]] std::vector<std::string>
existing_translation_files(const Project& project, const std::vector<std::string>& article_ids,
                           const std::vector<std::string>& locales);

} // namespace medloc
