// Medical rules under settings that the fixtures cannot vary: the review age against a
// fixed day, and the microgram policy.
#include "checks/rule_registry.h"
#include "core/calendar_date.h"
#include "engine/article_checker.h"
#include "loading/xml_parser.h"
#include "test_support.h"

#include <gtest/gtest.h>

namespace medloc {
namespace {

class MedicalRules : public ::testing::Test {
protected:
    void SetUp() override { schema_.emplace(testing::article_schema()); }

    // Findings of `rule_id` on an article whose review date is `date` (`review` replaces
    // the whole element when given) and whose answer is `answer`.
    std::vector<Finding> findings(const std::string& rule_id, const CheckServices& services,
                                  const std::string& answer, const std::string& date = "2026-01-15",
                                  const RuleOptions& options = {}) {
        std::string xml = testing::article_xml("article", answer);
        const std::string original = "date=\"2026-01-15\"";
        xml.replace(xml.find(original), original.size(), "date=\"" + date + "\"");
        const auto path = dir_.write("article.xml", xml);
        const SeverityPolicy policy;
        const RuleRegistry rules = make_builtin_rules(options);
        const ArticleChecker checker(*schema_, rules, policy, {}, services);
        std::vector<Finding> selected;
        for (Finding& finding : checker.check_file(path.string()).findings)
            if (finding.rule_id == rule_id)
                selected.push_back(std::move(finding));
        return selected;
    }

    static CheckServices on(const std::string& today) {
        CheckServices services;
        services.today = parse_iso_date(today);
        return services;
    }

    testing::TempDir dir_;
    std::optional<XmlSchema> schema_;
};

const std::string kAnswer = "<p id=\"p\">Donnez 50 µg, soit 50 mcg.</p>";

TEST_F(MedicalRules, ReviewExpiresTheDayAfterItsMaximumAge) {
    EXPECT_TRUE(findings("medical.review-expired", on("2028-01-15"), kAnswer).empty());
    const auto expired = findings("medical.review-expired", on("2028-01-16"), kAnswer);
    ASSERT_EQ(expired.size(), 1u);
    EXPECT_NE(expired[0].message.find("24 months old on 2028-01-16"), std::string::npos)
        << expired[0].message;
    EXPECT_EQ(expired[0].position.line, 7);
}

TEST_F(MedicalRules, ReviewAgeFollowsTheSetting) {
    const CheckServices services = on("2026-08-01");
    const auto max_age = [](const char* months) {
        return RuleOptions(
            std::map<std::string, std::string, std::less<>>{{"medical.review-max-age", months}});
    };
    EXPECT_EQ(
        findings("medical.review-expired", services, kAnswer, "2026-01-15", max_age("6")).size(),
        1u);
    EXPECT_TRUE(
        findings("medical.review-expired", services, kAnswer, "2026-01-15", max_age("7")).empty());
}

TEST_F(MedicalRules, MicrogramPolicyChoosesWhichNotationIsReported) {
    const CheckServices services = on("2026-02-01");
    const auto notation = [](const char* choice) {
        return RuleOptions(
            std::map<std::string, std::string, std::less<>>{{"medical.microgram", choice}});
    };
    auto reported = findings("medical.microgram-notation", services, kAnswer);
    ASSERT_EQ(reported.size(), 1u);
    EXPECT_EQ(reported[0].flagged_text, "µg");
    reported =
        findings("medical.microgram-notation", services, kAnswer, "2026-01-15", notation("µg"));
    ASSERT_EQ(reported.size(), 1u);
    EXPECT_EQ(reported[0].flagged_text, "mcg");
    EXPECT_TRUE(
        findings("medical.microgram-notation", services, kAnswer, "2026-01-15", notation("any"))
            .empty());
}

} // namespace
} // namespace medloc
