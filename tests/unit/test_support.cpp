#include "test_support.h"

#include "checks/usage/usage_service.h"
#include "loading/xml_parser.h"
#include "loading/xml_schema.h"
#include "spelling/dictionary_locator.h"
#include "spelling/speller.h"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <gtest/gtest.h>

namespace medloc::testing {

std::filesystem::path source_dir() {
    return MEDLOC_SOURCE_DIR;
}

std::unique_ptr<SpellingService> project_spelling_service() {
    auto lists = load_word_lists((source_dir() / "terminology").string());
    if (!lists)
        throw std::runtime_error(lists.error().message);
    return std::make_unique<SpellingService>(std::string(kDefaultDictionaryPath),
                                             std::move(lists).value());
}

std::unique_ptr<UsageService> project_usage_service(SpellingService* spelling) {
    auto rulebook = load_usage_files({(source_dir() / "terminology").string()});
    if (!rulebook)
        throw std::runtime_error(rulebook.error().message);
    return std::make_unique<UsageService>(std::move(rulebook).value(), spelling);
}

XmlSchema article_schema() {
    initialise_secure_xml();
    auto compiled = XmlSchema::compile((source_dir() / "schemas/article.xsd").string());
    if (!compiled)
        throw std::runtime_error(compiled.error().message);
    return std::move(compiled).value();
}

LoadedArticleFile load_article_file(const std::string& path, const XmlSchema& schema) {
    LoadedDocument document = load_xml_document(path, {&schema, false, {}, "articles"});
    EXPECT_TRUE(document.ok()) << path;
    if (!document.ok())
        throw std::runtime_error("cannot load " + path);
    Article article = build_article(document.source, *document.tree);
    return {std::move(document), std::move(article)};
}

std::string read_text(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

TempDir::TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "medloc-test-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr)
        throw std::runtime_error("mkdtemp failed");
    path_ = pattern;
}

TempDir::~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
}

std::filesystem::path TempDir::write(const std::string& name, const std::string& content) const {
    const std::filesystem::path file = path_ / name;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary);
    out << content;
    return file;
}

std::string article_xml(const std::string& id, const std::string& answer,
                        const std::string& question) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<article xmlns=\"urn:medloc:article:1\" id=\"" +
           id +
           "\" xml:lang=\"fr-FR\" revision=\"1\">\n"
           "  <meta>\n"
           "    <title id=\"title\">Titre</title>\n"
           "    <audience>patient</audience>\n"
           "    <specialty>general-medicine</specialty>\n"
           "    <review status=\"approved\" reviewer=\"Dr Test\" date=\"2026-01-15\"/>\n"
           "  </meta>\n"
           "  <question id=\"q\">" +
           question +
           "</question>\n"
           "  <answer>\n" +
           answer +
           "\n  </answer>\n"
           "</article>\n";
}

} // namespace medloc::testing
