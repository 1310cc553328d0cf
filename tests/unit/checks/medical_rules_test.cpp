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
                                  const std::string& answer,
                                  const std::string& date = "2026-01-15") {
        std::string xml = testing::article_xml("article", answer);
        const std::string original = "date=\"2026-01-15\"";
        xml.replace(xml.find(original), original.size(), "date=\"" + date + "\"");
        const auto path = dir_.write("article.xml", xml);
        const SeverityPolicy policy;
        const ArticleChecker checker(*schema_, builtin_rules(), policy, {}, services);
        std::vector<Finding> selected;
        for (Finding& finding : checker.check_file(path.string()).findings)
            if (finding.rule_id == rule_id)
                selected.push_back(std::move(finding));
        return selected;
    }

    static CheckServices on(const std::string& today) {
        CheckServices services;
        services.review_today = std::chrono::sys_days{*parse_iso_date(today)};
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
    CheckServices services = on("2026-08-01");
    services.review_max_age_months = 6;
    EXPECT_EQ(findings("medical.review-expired", services, kAnswer).size(), 1u);
    services.review_max_age_months = 7;
    EXPECT_TRUE(findings("medical.review-expired", services, kAnswer).empty());
}

TEST_F(MedicalRules, MicrogramPolicyChoosesWhichNotationIsReported) {
    CheckServices services = on("2026-02-01");
    auto reported = findings("medical.microgram-notation", services, kAnswer);
    ASSERT_EQ(reported.size(), 1u);
    EXPECT_EQ(reported[0].flagged_text, "µg");
    services.microgram = CheckServices::Microgram::symbol;
    reported = findings("medical.microgram-notation", services, kAnswer);
    ASSERT_EQ(reported.size(), 1u);
    EXPECT_EQ(reported[0].flagged_text, "mcg");
    services.microgram = CheckServices::Microgram::any;
    EXPECT_TRUE(findings("medical.microgram-notation", services, kAnswer).empty());
}

} // namespace
} // namespace medloc
