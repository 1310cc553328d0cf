#include "checks/check_context.h"
#include "checks/schema/duplicate_id_rule.h"
#include "checks/schema/id_mismatch_rule.h"
#include "loading/article.h"
#include "loading/markup_tree.h"
#include "test_support.h"

#include <gtest/gtest.h>

namespace medloc {
namespace {

std::vector<Finding> run(const Rule& rule, const std::string& path, const std::string& xml) {
    auto source = make_source_file(path, xml);
    const Article article = build_article(source, scan_markup(source->content));
    FindingList findings;
    FindingSink sink(findings);
    const RuleServices services;
    CheckContext context(services);
    rule.check(article, context, sink);
    sink.flush();
    return findings.to_vector();
}

TEST(DuplicateIdRule, ReportsTheSecondUseWithTheFirstPosition) {
    const std::string xml = testing::article_xml(
        "a", "<p id=\"x\">Un.</p>\n<list id=\"l\"><item id=\"x\">Deux.</item></list>");
    const auto findings = run(DuplicateIdRule(), "a.xml", xml);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].position, LineIndex(xml).position(xml.find("x\">Deux")));
    EXPECT_EQ(findings[0].block_id, "x");
    const SourcePosition first = LineIndex(xml).position(xml.find("x\">Un"));
    EXPECT_NE(findings[0].message.find("line " + std::to_string(first.line)), std::string::npos);
}

TEST(DuplicateIdRule, NearMissIdsThatOnlyShareAPrefix) {
    const auto findings =
        run(DuplicateIdRule(), "a.xml",
            testing::article_xml("a", "<p id=\"x\">Un.</p><p id=\"x-1\">Deux.</p>"));
    EXPECT_TRUE(findings.empty());
}

TEST(IdMismatchRule, ComparesWithFileNameWithoutExtension) {
    const std::string xml = testing::article_xml("fievre-enfant", "<p id=\"p\">Un.</p>");
    EXPECT_TRUE(run(IdMismatchRule(), "content/fievre-enfant.xml", xml).empty());
    const auto findings = run(IdMismatchRule(), "content/fievre-enfants.xml", xml);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].suggestions, std::vector<std::string>{"fievre-enfants"});
    EXPECT_EQ(findings[0].position, LineIndex(xml).position(xml.find("fievre-enfant\"")));
}

} // namespace
} // namespace medloc
