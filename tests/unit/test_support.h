#pragma once

#include "loading/article.h"
#include "loading/document_loader.h"

#include <filesystem>
#include <memory>
#include <string>

namespace medloc {
class SpellingService;
class UsageService;
} // namespace medloc

namespace medloc::testing {

// The spelling service as `medloc check` builds it for this repository: the system's
// Hunspell dictionaries and the word lists in terminology/.
std::unique_ptr<SpellingService> project_spelling_service();

// The usage entries (calques, false friends) of terminology/*.usage, with morphology from
// `spelling`; fails the test when they cannot be read.
std::unique_ptr<UsageService> project_usage_service(SpellingService* spelling);

// schemas/article.xsd, compiled (secure XML initialised); fails the test when it cannot be.
XmlSchema article_schema();

// An article file read against `schema` with the document it was built from (extraction
// and merging need both); fails the test when the file does not load.
struct LoadedArticleFile {
    LoadedDocument document;
    Article article;
};
LoadedArticleFile load_article_file(const std::string& path, const XmlSchema& schema);

// The repository root, for schemas and fixtures.
std::filesystem::path source_dir();

std::string read_text(const std::filesystem::path& path);

// A fresh directory under the system temporary directory, removed when destroyed.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path write(const std::string& name, const std::string& content) const;

private:
    std::filesystem::path path_;
};

// A minimal schema-valid article; `answer` is inserted as the answer's content.
std::string article_xml(const std::string& id, const std::string& answer,
                        const std::string& question = "Une question\u00A0?");

} // namespace medloc::testing
