#pragma once

#include "cli/cli.h"
#include "loading/article.h"
#include "loading/document_loader.h"
#include "project/check_setup.h"
#include "translation/xliff_document.h"

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include <boost/program_options.hpp>

namespace medloc {

// What extract, merge and coverage share: their options, the configuration, the target
// locales, the source articles to work on and the compiled article schema.
struct TranslationProject {
    boost::program_options::variables_map options;
    Config config;
    std::vector<std::string> locales; // --locale, else locales.targets
    std::vector<std::string> files;   // source articles
    std::unique_ptr<CheckSetup> setup;

    DocumentRules article_rules() const;
    std::string xliff_path(const std::string& locale, const std::string& article_id) const;
};

// Parses the command line (the shared options plus `extra`), prints `usage` on --help,
// and loads everything (with `content_rules`, the word lists, dictionaries and termbase
// the content rules need); returns the project, or the exit code after printing why not.
std::variant<TranslationProject, int>
open_translation_project(const std::vector<std::string>& arguments, Terminal& terminal,
                         std::string_view command, std::string_view usage,
                         const boost::program_options::options_description& extra,
                         bool content_rules = false);

struct SourceArticle {
    LoadedDocument document;
    Article article;
};

// A source article, or nullopt after its problems were printed (as findings) on stderr.
std::optional<SourceArticle>
load_source_article(const std::string& path, const TranslationProject& project, Terminal& terminal);

// The XLIFF file when it exists (nullopt otherwise); its problems go to stderr.
std::optional<XliffDocument> load_existing_xliff(const std::string& path, Terminal& terminal);

} // namespace medloc
