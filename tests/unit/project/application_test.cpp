// The application layer (pipeline/project) on a small project on disk: what export,
// report, coverage and check decide, tested without the command line.
#include "project/coverage_table.h"
#include "project/export_plan.h"
#include "project/file_selection.h"
#include "project/review_run.h"
#include "project_fixture.h"

#include <algorithm>

#include <gtest/gtest.h>

namespace medloc {
namespace {

namespace fs = std::filesystem;

bool has_file(const BundleFiles& files, const std::string& path) {
    return std::any_of(files.begin(), files.end(),
                       [&](const BundleFile& file) { return file.path == path; });
}

const Exclusion* exclusion_of(const ExportPlan& plan, const std::string& id,
                              const std::string& locale) {
    for (const Exclusion& excluded : plan.excluded)
        if (excluded.article_id == id && excluded.locale == locale)
            return &excluded;
    return nullptr;
}

TEST_F(ApplicationLayer, ExportShipsOnlyTheArticleWhoseApprovalCoversItsText) {
    const Project project = open();
    auto plan = plan_export(project, {{"fr-FR"}, nullptr});
    ASSERT_TRUE(plan) << plan.error().message;
    EXPECT_EQ(plan.value().exported, 1);
    EXPECT_TRUE(has_file(plan.value().files, "fr-FR/approved.json"));
    EXPECT_FALSE(has_file(plan.value().files, "fr-FR/edited.json"));
    EXPECT_TRUE(has_file(plan.value().files, "manifest.json"));
    const Exclusion* edited = exclusion_of(plan.value(), "edited", "fr-FR");
    ASSERT_NE(edited, nullptr);
    ASSERT_FALSE(edited->reasons.empty());
    EXPECT_NE(edited->reasons.front().find("approv"), std::string::npos) << edited->reasons.front();
    const Exclusion* broken = exclusion_of(plan.value(), "broken", "fr-FR");
    ASSERT_NE(broken, nullptr);
    EXPECT_EQ(broken->reasons.front(), "the source article cannot be read or is not valid");
    // Why the broken article was not read is given back for the command to show.
    ASSERT_FALSE(plan.value().problems.empty());
    EXPECT_EQ(fs::path(plan.value().problems.front().file).filename(), "broken.xml");
    EXPECT_EQ(plan.value().problems.front().severity, Severity::error);
}

TEST_F(ApplicationLayer, ExportLeavesOutALocaleWithoutTranslations) {
    const Project project = open();
    auto plan = plan_export(project, {{"en-US"}, nullptr});
    ASSERT_TRUE(plan) << plan.error().message;
    EXPECT_EQ(plan.value().exported, 0);
    const Exclusion* approved = exclusion_of(plan.value(), "approved", "en-US");
    ASSERT_NE(approved, nullptr);
    EXPECT_FALSE(approved->reasons.empty());
    EXPECT_FALSE(has_file(plan.value().files, "en-US/approved.json"));
}

TEST_F(ApplicationLayer, ExportLocalesAreTheSourceThenTheTargetsAndNameFolders) {
    const Project project = open(false);
    auto all = export_locales(project, std::nullopt);
    ASSERT_TRUE(all);
    EXPECT_EQ(all.value(), (std::vector<std::string>{"fr-FR", "en-US"}));
    auto asked = export_locales(project, std::vector<std::string>{"en-US"});
    ASSERT_TRUE(asked);
    EXPECT_EQ(asked.value(), (std::vector<std::string>{"en-US"}));
    auto escaping = export_locales(project, std::vector<std::string>{"../outside"});
    ASSERT_FALSE(escaping);
    EXPECT_NE(escaping.error().message.find("../outside"), std::string::npos);
}

TEST_F(ApplicationLayer, ReviewPageShowsTheStaleApprovalAndItsFinding) {
    const Project project = open();
    auto run = build_review_report(project, {});
    ASSERT_TRUE(run) << run.error().message;
    const ReviewReport& report = run.value().report;
    ASSERT_EQ(report.articles.size(), 3u);
    const auto edited = std::find_if(report.articles.begin(), report.articles.end(),
                                     [](const ReportArticle& a) { return a.id == "edited"; });
    ASSERT_NE(edited, report.articles.end());
    EXPECT_EQ(edited->approval.state, "stale");
    EXPECT_TRUE(std::any_of(edited->findings.begin(), edited->findings.end(), [](const auto& f) {
        return f.finding.rule_id == "medical.review-stale";
    }));
    EXPECT_FALSE(edited->locales.at("en-US").publishable);
    EXPECT_GE(run.value().counts.errors, 2); // the stale approval, the broken article
    EXPECT_EQ(report.source_locale, "fr-FR");
    EXPECT_EQ(report.language, "fr"); // French content, no report.language
}

TEST_F(ApplicationLayer, ReviewPageIsWrittenIntoANewFolder) {
    const Project project = open();
    auto run = build_review_report(project, {});
    ASSERT_TRUE(run) << run.error().message;
    const fs::path folder = dir_.path() / "out/reports";
    auto page = write_review_page(folder.string(), run.value().report);
    ASSERT_TRUE(page) << page.error().message;
    EXPECT_EQ(page.value(), (folder / "medloc-report.html").string());
    EXPECT_NE(testing::read_text(page.value()).find("edited"), std::string::npos);
    // A file where the folder should be is an error, not an exception.
    dir_.write("blocked", "a file");
    EXPECT_FALSE(write_review_page((dir_.path() / "blocked").string(), run.value().report));
}

TEST_F(ApplicationLayer, CoverageCountsTheUnreadableArticleAndEveryLocaleAsked) {
    const Project project = open(false);
    const CoverageTable table = compute_coverage(project, {"en-US", "de-DE"});
    EXPECT_EQ(table.unreadable, 1);
    ASSERT_EQ(table.by_locale.size(), 2u);
    ASSERT_EQ(table.by_locale.at("en-US").size(), 2u);
    const ArticleCoverage total = coverage_total(table.by_locale.at("en-US"), "en-US");
    EXPECT_EQ(total.article_id, "(all)");
    EXPECT_GT(total.total.words, 0);
    EXPECT_EQ(total.final_units.words, 0);
    EXPECT_EQ(total.missing.units, total.total.units);
    for (const CoverageRow& row : table.by_locale.at("en-US")) {
        ASSERT_TRUE(row.publishing);
        EXPECT_FALSE(row.publishing->publishable);
    }
}

TEST_F(ApplicationLayer, CoverageGateNamesTheLocalesBelowTheirMinimum) {
    const Project project = open(false);
    const CoverageTable table = compute_coverage(project, {"en-US"});
    auto gate = parse_coverage_gate("en-US=50");
    ASSERT_TRUE(gate);
    const std::vector<std::string> failures = coverage_gate_failures(table, gate.value());
    ASSERT_EQ(failures.size(), 1u);
    EXPECT_EQ(failures.front(), "en-US: 0.0% of source words approved, below the minimum 50.0%");
    EXPECT_TRUE(coverage_gate_failures(table, parse_coverage_gate("en-US=0").value()).empty());
    for (const char* bad : {"en-US", "en-US=101", "en-US=abc", "en-US=nan", "=50", "en-US=5x"})
        EXPECT_FALSE(parse_coverage_gate(bad)) << bad;
}

TEST_F(ApplicationLayer, CheckSelectsFilesInPathOrderOnceWithStandardInputApart) {
    dir_.write("translations/en-US/approved.xlf", "<xliff/>");
    const Config project_config = config();
    const std::string content = (dir_.path() / "content").string();
    const std::string xliff = (dir_.path() / "translations").string();
    auto selection = select_check_files(
        project_config, {{xliff, content, content, "-"}, true, std::nullopt, std::nullopt});
    ASSERT_TRUE(selection) << selection.error().message;
    EXPECT_TRUE(selection.value().read_stdin);
    ASSERT_EQ(selection.value().files.size(), 4u);
    EXPECT_TRUE(std::is_sorted(selection.value().files.begin(), selection.value().files.end()));
    // validate reads articles only
    auto articles = select_check_files(project_config, {{}, false, std::nullopt, std::nullopt});
    ASSERT_TRUE(articles);
    EXPECT_EQ(articles.value().files.size(), 3u);
    EXPECT_FALSE(articles.value().read_stdin);
}

TEST_F(ApplicationLayer, CheckShardsSplitTheSelectionAndRejectABadShare) {
    const Config project_config = config();
    std::size_t total = 0;
    for (int k = 1; k <= 2; ++k) {
        auto share =
            select_check_files(project_config, {{}, true, std::nullopt, std::to_string(k) + "/2"});
        ASSERT_TRUE(share) << share.error().message;
        EXPECT_EQ(share.value().shard_index, k);
        total += share.value().files.size();
    }
    EXPECT_EQ(total, 3u);
    EXPECT_FALSE(select_check_files(project_config, {{}, true, std::nullopt, "3/2"}));
    auto missing = select_check_files(
        project_config, {{(dir_.path() / "nowhere").string()}, true, std::nullopt, std::nullopt});
    ASSERT_FALSE(missing);
    EXPECT_NE(missing.error().message.find("nowhere"), std::string::npos);
}

} // namespace
} // namespace medloc
