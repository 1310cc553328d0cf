// Medical rules under settings that the fixtures cannot vary: the review age against a
// fixed day, the microgram policy, and what a stale approval says in each language.
#include "approval/approval_record.h"
#include "checks/rule_registry.h"
#include "core/calendar_date.h"
#include "engine/file_checker.h"
#include "language/messages.h"
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
    std::vector<Finding> findings(const std::string& rule_id, const RuleServices& services,
                                  const std::string& answer, const std::string& date = "2026-01-15",
                                  const RuleOptions& options = {}) {
        std::string xml = testing::article_xml("article", answer);
        const std::string original = "date=\"2026-01-15\"";
        xml.replace(xml.find(original), original.size(), "date=\"" + date + "\"");
        const auto path = dir_.write("article.xml", xml);
        const SeverityPolicy policy;
        const RuleRegistry rules = make_builtin_rules(options);
        const FileChecker checker(*schema_, rules, policy, {}, services);
        std::vector<Finding> selected;
        for (Finding finding : checker.check_file(path.string()).findings)
            if (finding.rule_id == rule_id)
                selected.push_back(std::move(finding));
        return selected;
    }

    static RuleServices on(const std::string& today) {
        RuleServices services;
        services.today = parse_iso_date(today);
        return services;
    }

    testing::TempDir dir_;
    std::optional<XmlSchema> schema_;
};

const std::string kMicrogramAnswer = "<p id=\"p\">Donnez 50 µg, soit 50 mcg.</p>";

TEST_F(MedicalRules, ReviewExpiresTheDayAfterItsMaximumAge) {
    EXPECT_TRUE(findings("medical.review-expired", on("2028-01-15"), kMicrogramAnswer).empty());
    const auto expired = findings("medical.review-expired", on("2028-01-16"), kMicrogramAnswer);
    ASSERT_EQ(expired.size(), 1u);
    EXPECT_NE(expired[0].message.find("24 months old on 2028-01-16"), std::string::npos)
        << expired[0].message;
    EXPECT_EQ(expired[0].position.line, 7);
}

TEST_F(MedicalRules, ReviewAgeFollowsTheSetting) {
    const RuleServices services = on("2026-08-01");
    const auto max_age = [](const char* months) {
        return RuleOptions(
            std::map<std::string, std::string, std::less<>>{{"medical.review-max-age", months}});
    };
    EXPECT_EQ(
        findings("medical.review-expired", services, kMicrogramAnswer, "2026-01-15", max_age("6"))
            .size(),
        1u);
    EXPECT_TRUE(
        findings("medical.review-expired", services, kMicrogramAnswer, "2026-01-15", max_age("7"))
            .empty());
}

// One month is singular in both languages (medloc once wrote "1 months old").
TEST_F(MedicalRules, ReviewAgeOfOneMonthIsSingular) {
    const RuleOptions one_month(
        std::map<std::string, std::string, std::less<>>{{"medical.review-max-age", "1"}});
    const auto expired = findings("medical.review-expired", on("2026-02-16"), kMicrogramAnswer,
                                  "2026-01-15", one_month);
    ASSERT_EQ(expired.size(), 1u);
    EXPECT_EQ(expired[0].message, "medical review of 2026-01-15 is 1 month old on 2026-02-16, "
                                  "past the 1 month allowed (medical.review-max-age): review the "
                                  "article again");
    EXPECT_EQ(localized_message(expired[0], "fr"),
              "la relecture médicale du 2026-01-15 a 1 mois le 2026-02-16, au-delà de la limite "
              "de 1 mois (medical.review-max-age)\u00A0: faites relire l’article à nouveau");
}

TEST_F(MedicalRules, MicrogramPolicyChoosesWhichNotationIsReported) {
    const RuleServices services = on("2026-02-01");
    const auto notation = [](const char* choice) {
        return RuleOptions(
            std::map<std::string, std::string, std::less<>>{{"medical.microgram", choice}});
    };
    auto reported = findings("medical.microgram-notation", services, kMicrogramAnswer);
    ASSERT_EQ(reported.size(), 1u);
    EXPECT_EQ(reported[0].flagged_text, "µg");
    reported = findings("medical.microgram-notation", services, kMicrogramAnswer, "2026-01-15",
                        notation("µg"));
    ASSERT_EQ(reported.size(), 1u);
    EXPECT_EQ(reported[0].flagged_text, "mcg");
    EXPECT_TRUE(findings("medical.microgram-notation", services, kMicrogramAnswer, "2026-01-15",
                         notation("any"))
                    .empty());
}

// Two blocks changed, one added, one removed after `medloc approve`: the message names each
// kind once, in the reader's language.
TEST_F(MedicalRules, AStaleApprovalNamesEveryKindOfChangeInEachLanguage) {
    const std::string approved_answer = "<p id=\"a\">Buvez.</p><p id=\"b\">Mangez.</p>"
                                        "<p id=\"c\">Dormez.</p>";
    const auto path = dir_.write("article.xml", testing::article_xml("article", approved_answer));
    auto approved = prepare_approval(path.string(), *schema_, {}, {"Dr A", "2026-01-15"});
    ASSERT_TRUE(approved) << approved.error().message;
    std::string xml = approved.value().content;
    const auto replace = [&](const std::string& from, const std::string& to) {
        xml.replace(xml.find(from), from.size(), to);
    };
    replace("Buvez.", "Buvez souvent.");
    replace("Mangez.", "Mangez peu.");
    replace("<p id=\"c\">Dormez.</p>", "<p id=\"d\">Marchez.</p>");
    dir_.write("article.xml", xml);
    const SeverityPolicy policy;
    const RuleRegistry rules = make_builtin_rules({});
    const RuleServices services = on("2026-02-01");
    const FileChecker checker(*schema_, rules, policy, {}, services);
    std::vector<Finding> stale;
    for (Finding finding : checker.check_file(path.string()).findings)
        if (finding.rule_id == "medical.review-stale")
            stale.push_back(std::move(finding));
    ASSERT_EQ(stale.size(), 1u);
    EXPECT_EQ(stale[0].message,
              "the content changed after the medical review of 2026-01-15: blocks a, b changed; "
              "block d added; block c removed; have it reviewed again and record the approval "
              "with medloc approve");
    EXPECT_EQ(stale[0].block_id, "a");
    EXPECT_EQ(localized_message(stale[0], "fr"),
              "le contenu a changé après la relecture médicale du 2026-01-15\u00A0: blocs a, b "
              "modifiés\u00A0; bloc d ajouté\u00A0; bloc c supprimé\u00A0; faites-le relire, puis "
              "enregistrez l’approbation avec medloc approve");
}

} // namespace
} // namespace medloc
