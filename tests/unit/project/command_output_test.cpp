// What commands print, rendered by the application layer from plain data: the coverage
// table (text and JSON), the rule list, the export's exclusions and summary, the review
// page's summary.
#include "checks/rule_registry.h"
#include "project/coverage_report.h"
#include "project/export_plan.h"
#include "project/review_run.h"
#include "project/rule_list.h"

#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace medloc {
namespace {

CoverageRow row(const std::string& id, int units, long words, int final_units, long final_words,
                std::optional<PublishingDecision> publishing) {
    CoverageRow r;
    r.coverage.article_id = id;
    r.coverage.locale = "en-US";
    r.coverage.review_status = "approved";
    r.coverage.total = {units, words};
    r.coverage.final_units = {final_units, final_words};
    r.coverage.missing = {units - final_units, words - final_words};
    r.publishing = std::move(publishing);
    return r;
}

CoverageTable two_article_table() {
    CoverageTable table;
    PublishingDecision publishable;
    publishable.publishable = true;
    PublishingDecision held;
    held.reasons = {"block p2: not translated", "not approved"};
    table.by_locale["en-US"] = {row("fievre", 4, 30, 4, 30, publishable),
                                row("toux", 3, 20, 1, 5, held)};
    return table;
}

TEST(CoverageReport, TextHasARowPerArticleAndTheLocaleTotalWithTheVerdict) {
    std::istringstream lines(coverage_text(two_article_table()));
    std::string header, fievre, toux, total, extra;
    std::getline(lines, header);
    std::getline(lines, fievre);
    std::getline(lines, toux);
    std::getline(lines, total);
    EXPECT_FALSE(std::getline(lines, extra));
    EXPECT_EQ(header, "locale  article                            units  words  trans    rev  "
                      "final  stale   miss   obso  approved");
    EXPECT_EQ(fievre, "en-US   fievre                                 4     30      0      0      "
                      "4      0      0      0   100.0%  publishable");
    EXPECT_EQ(toux, "en-US   toux                                   3     20      0      0      1 "
                    "     0      2      0    25.0%  block p2: not translated");
    // The total: 50 words of which 35 approved; no verdict for a sum of articles.
    EXPECT_EQ(total, "en-US   (all)                                  7     50      0      0      "
                     "5      0      2      0    70.0%  ");
}

TEST(CoverageReport, JsonHasTheTotalTheArticlesAndTheGateFailures) {
    const std::string text = coverage_json(two_article_table(), {"en-US: below"});
    ASSERT_EQ(text.back(), '\n');
    const auto root = nlohmann::json::parse(text);
    const auto& locale = root["locales"]["en-US"];
    EXPECT_EQ(locale["total"]["article"], "(all)");
    EXPECT_EQ(locale["total"]["total"]["words"], 50);
    EXPECT_EQ(locale["total"]["approved_share"], 0.7);
    EXPECT_FALSE(locale["total"].contains("publishable"));
    ASSERT_EQ(locale["articles"].size(), 2u);
    EXPECT_EQ(locale["articles"][0]["article"], "fievre");
    EXPECT_EQ(locale["articles"][0]["review"], "approved");
    EXPECT_EQ(locale["articles"][0]["publishable"], true);
    EXPECT_EQ(locale["articles"][1]["final"]["units"], 1);
    EXPECT_EQ(locale["articles"][1]["missing"]["words"], 15);
    EXPECT_EQ(locale["articles"][1]["approved_share"], 0.25);
    EXPECT_EQ(locale["articles"][1]["reasons"][1], "not approved");
    EXPECT_EQ(root["gate_failures"], nlohmann::json::array({"en-US: below"}));
    // No locale measured: an empty object, not null.
    EXPECT_TRUE(nlohmann::json::parse(coverage_json({}, {}))["locales"].is_object());
}

TEST(RuleList, TextAndJsonListEveryRuleOnceWithItsOptions) {
    const RuleRegistry& registry = builtin_rules();
    const std::vector<RuleInfo> infos = registry.infos();
    const auto json = nlohmann::json::parse(rule_list_json(registry));
    ASSERT_EQ(json["rules"].size(), infos.size());
    const std::string text = rule_list_text(registry);
    std::size_t with_options = 0;
    for (std::size_t i = 0; i < infos.size(); ++i) {
        const auto& rule = json["rules"][i];
        EXPECT_EQ(rule["id"], std::string(infos[i].id));
        EXPECT_EQ(rule["help"], "docs/rules/" + std::string(infos[i].id) + ".md");
        const auto options = registry.options_of(infos[i].id);
        EXPECT_EQ(rule.contains("options") ? rule["options"].size() : 0u, options.size());
        with_options += options.empty() ? 0 : 1;
        // Each rule starts a line of the text list, its id padded to the longest one.
        const std::string line_start = std::string(infos[i].id) + " ";
        EXPECT_TRUE(text.starts_with(line_start) ||
                    text.find("\n" + line_start) != std::string::npos)
            << infos[i].id;
        for (const SettingSpec& spec : options)
            EXPECT_NE(text.find("option " + std::string(spec.key) + " = " +
                                std::string(spec.default_value) + " ("),
                      std::string::npos)
                << spec.key;
    }
    EXPECT_GT(with_options, 0u); // the list shows options at all
}

TEST(ExportText, ExclusionsGiveTheFirstReasonAndHowManyMoreTheManifestHas) {
    ExportPlan plan;
    plan.excluded = {{"fievre", "en-US", {"not approved"}},
                     {"toux", "en-US", {"block p1: stale", "block p2: stale", "not approved"}},
                     {"bad\x1b", "de-DE", {"cannot be read"}}};
    plan.exported = 1;
    plan.files.resize(4);
    EXPECT_EQ(exclusions_text(plan), "en-US/fievre: excluded: not approved\n"
                                     "en-US/toux: excluded: block p1: stale (and 2 more in "
                                     "manifest.json)\n"
                                     "de-DE/bad\\x1b: excluded: cannot be read\n");
    ExportTarget target;
    target.out = "bundle";
    EXPECT_EQ(export_summary(plan, 2, target),
              "medloc export: 1 article in 2 locales, 3 excluded, 4 files -> bundle\n");
}

TEST(ReviewText, SummaryNamesThePageAndCountsFindingsBySeverity) {
    ReviewRun run;
    run.report.articles.resize(1);
    run.counts.errors = 2;
    run.counts.warnings = 1;
    EXPECT_EQ(review_summary(run, "reports/medloc-report.html"),
              "medloc report: reports/medloc-report.html (1 article, 2 errors, 1 warning, 0 "
              "infos)\n");
}

} // namespace
} // namespace medloc
