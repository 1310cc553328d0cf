// One bad file never stops the run: each kind of broken input gets a clear finding
// with a location, and the good files beside it are still checked.
#include "engine/file_checker.h"
#include "engine/file_discovery.h"
#include "loading/xml_parser.h"
#include "test_support.h"

#include <fstream>

#include <gtest/gtest.h>

namespace medloc {
namespace {

class ArticleLoading : public ::testing::Test {
protected:
    void SetUp() override { schema_.emplace(testing::article_schema()); }

    LoadedArticle load(const std::string& name, const std::string& content) {
        return load_article(dir.write(name, content).string(), *schema_, limits);
    }

    static std::string rules_of(const LoadedArticle& loaded) {
        std::string ids;
        for (const Finding& finding : loaded.findings)
            ids += finding.rule_id + "@" + std::to_string(finding.position.line) + ":" +
                   std::to_string(finding.position.column) + " ";
        return ids;
    }

    testing::TempDir dir;
    ReadLimits limits;
    std::optional<XmlSchema> schema_;
};

TEST_F(ArticleLoading, ValidArticleLoadsWithoutFindings) {
    const LoadedArticle loaded =
        load("ok.xml", testing::article_xml("ok", "<p id=\"p\">Bien.</p>"));
    EXPECT_TRUE(loaded.findings.empty()) << rules_of(loaded);
    ASSERT_TRUE(loaded.article);
    EXPECT_EQ(loaded.article->blocks.size(), 3u);
}

TEST_F(ArticleLoading, EmptyFile) {
    const LoadedArticle loaded = load("empty.xml", "");
    EXPECT_EQ(rules_of(loaded), "schema.not-well-formed@1:1 ");
    EXPECT_NE(loaded.findings[0].message.find("empty"), std::string::npos);
}

TEST_F(ArticleLoading, ByteOrderMarkAndCrLfAreFine) {
    std::string xml = testing::article_xml("bom", "<p id=\"p\">Bien.</p>");
    std::string crlf = "\xEF\xBB\xBF";
    for (char c : xml) {
        if (c == '\n')
            crlf += '\r';
        crlf += c;
    }
    const LoadedArticle loaded = load("bom.xml", crlf);
    EXPECT_TRUE(loaded.findings.empty()) << rules_of(loaded);
    EXPECT_TRUE(loaded.article);
}

TEST_F(ArticleLoading, TruncatedFileGivesPositionAtTheEnd) {
    const std::string xml = testing::article_xml("cut", "<p id=\"p\">Bien.</p>");
    const LoadedArticle loaded = load("cut.xml", xml.substr(0, xml.size() / 2));
    ASSERT_FALSE(loaded.findings.empty());
    EXPECT_EQ(loaded.findings[0].rule_id, "schema.not-well-formed");
    EXPECT_GT(loaded.findings[0].position.line, 1);
}

TEST_F(ArticleLoading, BinaryAndLatin1Files) {
    const LoadedArticle binary = load("bin.xml", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    EXPECT_EQ(binary.findings.at(0).rule_id, "schema.encoding");
    const LoadedArticle latin1 = load("latin.xml", "<a>\nfi\xE8vre</a>");
    EXPECT_EQ(rules_of(latin1), "schema.encoding@2:3 ");
}

TEST_F(ArticleLoading, InvalidArticleGivesXsdFindingAtElementPosition) {
    const std::string xml =
        testing::article_xml("inv", "<p id=\"p\">Bien.</p>\n    <para id=\"x\">Non.</para>");
    const LoadedArticle loaded = load("inv.xml", xml);
    ASSERT_EQ(loaded.findings.size(), 1u) << rules_of(loaded);
    EXPECT_EQ(loaded.findings[0].rule_id, "schema.invalid");
    EXPECT_EQ(loaded.findings[0].position, LineIndex(xml).position(xml.find("<para")));
    EXPECT_NE(loaded.findings[0].message.find("'para'"), std::string::npos);
    EXPECT_FALSE(loaded.article);
}

TEST_F(ArticleLoading, InvalidAttributeValuePointsAtTheAttribute) {
    const std::string xml = testing::article_xml("inv", "<p id=\"Bad_Id\">Bien.</p>");
    const LoadedArticle loaded = load("inv.xml", xml);
    ASSERT_FALSE(loaded.findings.empty());
    EXPECT_EQ(loaded.findings[0].position, LineIndex(xml).position(xml.find("id=\"Bad_Id")));
}

TEST_F(ArticleLoading, UnreadableAndOversizedFiles) {
    const LoadedArticle missing =
        load_article((dir.path() / "nope.xml").string(), *schema_, limits);
    EXPECT_EQ(missing.findings.at(0).rule_id, "schema.unreadable");
    limits.max_bytes = 100;
    const LoadedArticle large =
        load("large.xml", testing::article_xml("large", "<p id=\"p\">x</p>"));
    EXPECT_EQ(large.findings.at(0).rule_id, "schema.unreadable");
    EXPECT_NE(large.findings.at(0).message.find("too large"), std::string::npos);
}

TEST_F(ArticleLoading, FiftyMegabyteArticleIsCheckedCompletely) {
    std::string answer;
    answer.reserve(52u << 20);
    int block = 0;
    while (answer.size() < (50u << 20))
        answer += "<p id=\"p" + std::to_string(block++) +
                  "\">La fièvre est une réaction normale de l’organisme face à une infection, "
                  "elle se traite avec du paracétamol.</p>\n";
    const LoadedArticle loaded = load("big.xml", testing::article_xml("big", answer));
    EXPECT_TRUE(loaded.findings.empty()) << rules_of(loaded);
    ASSERT_TRUE(loaded.article);
    EXPECT_EQ(loaded.article->blocks.size(), static_cast<std::size_t>(block) + 2);
}

TEST_F(ArticleLoading, OneBadFileDoesNotStopTheRun) {
    dir.write("a-bad.xml", "<article");
    dir.write("b-good.xml", testing::article_xml("b-good", "<p id=\"p\">Bien.</p>"));
    dir.write("c-dup.xml",
              testing::article_xml("c-dup", "<p id=\"p\">Un.</p><p id=\"p\">Deux.</p>"));
    auto files = discover_files({dir.path().string()}, {".xml"});
    ASSERT_TRUE(files);
    ASSERT_EQ(files.value().size(), 3u);
    // The template's approval records no digest: not what this test is about.
    SeverityPolicy policy;
    policy.set("medical.review-no-digest", std::nullopt);
    const RuleServices services;
    const FileChecker checker(*schema_, builtin_rules(), policy, {}, services);
    const RunResult run = check_files(files.value(), checker, 2);
    EXPECT_EQ(run.files, 3);
    ASSERT_EQ(run.findings.size(), 2u);
    EXPECT_EQ(run.findings[0].rule_id, "schema.not-well-formed");
    EXPECT_EQ(run.findings[1].rule_id, "schema.duplicate-id");
}

TEST(FileDiscovery, MissingPathIsAnError) {
    EXPECT_FALSE(discover_files({"/nonexistent/medloc"}, {".xml"}));
}

} // namespace
} // namespace medloc
