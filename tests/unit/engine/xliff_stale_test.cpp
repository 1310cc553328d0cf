// `medloc check` on an XLIFF file compares each unit's recorded source hash with its block
// in the current source article, found by the project's layout, without extract running.
#include "checks/rule_registry.h"
#include "engine/file_checker.h"
#include "loading/document_loader.h"
#include "test_support.h"
#include "translation/extractor.h"

#include <regex>

#include <gtest/gtest.h>

namespace medloc {
namespace {

class XliffStale : public ::testing::Test {
protected:
    void SetUp() override {
        schema_.emplace(testing::article_schema());
        article_ = dir_.write("content/fievre.xml",
                              testing::article_xml("fievre", "<p id=\"intro\">Buvez souvent.</p>"))
                       .string();
        xliff_ = (dir_.path() / "translations/en-US/fievre.xlf").string();
        const testing::LoadedArticleFile loaded = testing::load_article_file(article_, *schema_);
        ASSERT_TRUE(extract_article(
            {&loaded.article, &*loaded.document.tree, "fr-FR", "en-US", xliff_, {}}));
        const std::regex segment(R"(<segment state="initial">(\s*)<source>([\s\S]*?)</source>)");
        dir_.write("translations/en-US/fievre.xlf",
                   std::regex_replace(testing::read_text(xliff_), segment,
                                      "<segment state=\"final\">$1<source>$2</source>$1<target>EN "
                                      "$2</target>"));
    }

    std::vector<Finding> stale_findings(const ProjectLayout& layout) {
        FileCheckerOptions options;
        options.layout = layout;
        const SeverityPolicy policy;
        const RuleServices services;
        const FileChecker checker(*schema_, builtin_rules(), policy, options, services);
        std::vector<Finding> found;
        for (Finding finding : checker.check_file(xliff_).findings)
            if (finding.rule_id == "translation.stale")
                found.push_back(std::move(finding));
        return found;
    }

    ProjectLayout layout() const {
        return {(dir_.path() / "content").string(), (dir_.path() / "translations").string()};
    }

    testing::TempDir dir_;
    std::optional<XmlSchema> schema_;
    std::string article_;
    std::string xliff_;
};

TEST_F(XliffStale, AnEditedBlockMakesItsUnitStaleBeforeAnyExtract) {
    EXPECT_TRUE(stale_findings(layout()).empty());
    std::string text = testing::read_text(article_);
    text.replace(text.find("Buvez souvent."), 14, "Buvez souvent. Prenez 10 comprimés par jour.");
    dir_.write("content/fievre.xml", text);
    const auto found = stale_findings(layout());
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].block_id, "intro");
    EXPECT_NE(found[0].message.find("block 'intro' of "), std::string::npos) << found[0].message;
    EXPECT_NE(found[0].message.find("content/fievre.xml changed"), std::string::npos);
    // Without the layout, the article is not looked for.
    EXPECT_TRUE(stale_findings({}).empty());
}

TEST_F(XliffStale, TheResultCacheKeyFollowsTheSourceArticle) {
    FileCheckerOptions options;
    options.layout = layout();
    const SeverityPolicy policy;
    const RuleServices services;
    const FileChecker checker(*schema_, builtin_rules(), policy, options, services);
    const auto before = checker.content_key(xliff_);
    ASSERT_TRUE(before);
    dir_.write("content/fievre.xml",
               testing::article_xml("fievre", "<p id=\"intro\">Buvez beaucoup.</p>"));
    EXPECT_NE(checker.content_key(xliff_), before);
    // An article file is keyed by its own bytes alone.
    EXPECT_EQ(checker.content_key(article_), file_content_hash(article_, 1u << 20));
}

TEST(SourceArticlePath, OnlyTheProjectLayoutAndArticleIds) {
    testing::TempDir dir;
    dir.write("content/a.xml", "<x/>");
    const ProjectLayout layout{(dir.path() / "content").string(),
                               (dir.path() / "translations").string()};
    const auto at = [&](const std::string& relative) {
        return source_article_path((dir.path() / relative).string(), layout);
    };
    EXPECT_EQ(at("translations/en-US/a.xlf"), (dir.path() / "content/a.xml").string());
    EXPECT_EQ(at("translations/en-US/a.xliff"), (dir.path() / "content/a.xml").string());
    EXPECT_FALSE(at("translations/en-US/b.xlf"));   // no such article
    EXPECT_FALSE(at("translations/a.xlf"));         // not in a locale folder
    EXPECT_FALSE(at("elsewhere/en-US/a.xlf"));      // not under paths.translations
    EXPECT_FALSE(at("translations/en-US/x/a.xlf")); // too deep
    EXPECT_FALSE(at("translations/en-US/A.xlf"));   // not an article id
    EXPECT_FALSE(at("translations/en-US/a.txt"));
}

} // namespace
} // namespace medloc
