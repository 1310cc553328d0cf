// The application layer's functions for check, approve, fix, extract, merge, kit, export
// and the report output, on the small project of project_fixture.h: what the commands
// decide and do, tested without the command line.
#include "engine/report_order.h"
#include "project/approvals.h"
#include "project/check_run.h"
#include "project/coverage_table.h"
#include "project/export_plan.h"
#include "project/fix_run.h"
#include "project/kit_requests.h"
#include "project/report_output.h"
#include "project/translation_runs.h"
#include "project_fixture.h"

#include <algorithm>
#include <span>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace medloc {
namespace {

namespace fs = std::filesystem;

class ApplicationCommands : public ApplicationLayer {
protected:
    void add_settings(const std::string& lines) {
        dir_.write("medloc.ini", testing::read_text(dir_.path() / "medloc.ini") + lines);
    }

    std::string path_of(const std::string& name) const { return (dir_.path() / name).string(); }

    // The findings a prepared check reports, in report order.
    static std::vector<Finding> run_check(PreparedCheck& check) {
        std::vector<Finding> reported;
        const ReportedRun run = check_in_report_order(
            check.selection.files, *check.checker, 1, std::move(check.extras),
            [&](std::span<const Finding> findings) {
                reported.insert(reported.end(), findings.begin(), findings.end());
            },
            {}, check.cache.get());
        EXPECT_FALSE(run.failure);
        EXPECT_TRUE(run.configuration_errors.empty());
        return reported;
    }

    static bool reports_file(const std::vector<Finding>& findings, const std::string& name) {
        return std::any_of(findings.begin(), findings.end(), [&](const Finding& finding) {
            return fs::path(finding.file).filename() == name;
        });
    }
};

TEST_F(ApplicationCommands, CheckReadsStandardInputFirstAndNamesItAsAsked) {
    const Config project_config = config();
    CheckRequest request;
    request.selection.inputs = {path_of("content/approved.xml"), "-"};
    request.use_cache = false;
    request.stdin_name = "piped.xml";
    std::uint64_t asked_limit = 0;
    request.read_stdin = [&](std::uint64_t limit) -> Result<std::string> {
        asked_limit = limit;
        return std::string("<article");
    };
    std::vector<std::string> warnings;
    auto prepared = prepare_check(project_config, request, warnings);
    ASSERT_TRUE(prepared) << prepared.error().message;
    PreparedCheck& check = prepared.value();
    EXPECT_EQ(asked_limit, project_config.settings().max_file_size);
    EXPECT_EQ(check.cache, nullptr);
    EXPECT_EQ(check.checked_files,
              (std::vector<std::string>{path_of("content/approved.xml"), "piped.xml"}));
    // Standard input's problems are known before the run and take their place in it.
    ASSERT_FALSE(check.extras.known.empty());
    EXPECT_EQ(check.extras.known.front().file, "piped.xml");
    EXPECT_EQ(check.extras.known.front().rule_id, "schema.not-well-formed");
    EXPECT_TRUE(reports_file(run_check(check), "piped.xml"));
    // Standard input that cannot be read stops the run.
    request.read_stdin = [](std::uint64_t) -> Result<std::string> {
        return Error{"standard input is larger than limits.max-file-size"};
    };
    auto refused = prepare_check(project_config, request, warnings);
    ASSERT_FALSE(refused);
    EXPECT_NE(refused.error().message.find("larger"), std::string::npos);
}

TEST_F(ApplicationCommands, CheckWithABaselineReportsOnlyWhatItDoesNotRecord) {
    const std::string baseline = path_of("baseline.json");
    {
        const Config project_config = config();
        CheckRequest request;
        request.use_cache = false;
        std::vector<std::string> warnings;
        auto prepared = prepare_check(project_config, request, warnings);
        ASSERT_TRUE(prepared) << prepared.error().message;
        EXPECT_FALSE(prepared.value().selection.read_stdin);
        const std::vector<Finding> findings = run_check(prepared.value());
        ASSERT_TRUE(reports_file(findings, "broken.xml"));
        auto written = write_check_baseline(baseline, findings, 3);
        ASSERT_TRUE(written) << written.error().message;
        EXPECT_EQ(written.value(), "medloc baseline: " + std::to_string(findings.size()) +
                                       " findings of 3 files recorded in " + baseline + "\n");
    }
    add_settings("[output]\nbaseline = baseline.json\n");
    const Config project_config = config();
    CheckRequest request;
    request.use_cache = false;
    std::vector<std::string> warnings;
    auto filtered = prepare_check(project_config, request, warnings);
    ASSERT_TRUE(filtered) << filtered.error().message;
    ASSERT_NE(filtered.value().baseline, nullptr);
    EXPECT_EQ(filtered.value().extras.baseline, filtered.value().baseline.get());
    EXPECT_TRUE(run_check(filtered.value()).empty());
    // `baseline write` records everything: the baseline in medloc.ini is not read.
    request.use_baseline = false;
    auto recording = prepare_check(project_config, request, warnings);
    ASSERT_TRUE(recording) << recording.error().message;
    EXPECT_EQ(recording.value().baseline, nullptr);
    EXPECT_FALSE(run_check(recording.value()).empty());
    dir_.write("baseline.json", "{not json");
    request.use_baseline = true;
    EXPECT_FALSE(prepare_check(project_config, request, warnings));
}

TEST_F(ApplicationCommands, ApprovalIsCheckedBeforeAnyArticleIsRead) {
    const Config project_config = config();
    const Settings& settings = project_config.settings();
    auto today = approval_record_for(
        settings, {"Dr Ana Ruiz", std::nullopt, {path_of("content/approved.xml")}});
    ASSERT_TRUE(today) << today.error().message;
    EXPECT_EQ(today.value().date, "2026-06-01"); // medical.today
    auto folder =
        approval_record_for(settings, {"Dr Ana Ruiz", std::nullopt, {path_of("content")}});
    ASSERT_FALSE(folder);
    EXPECT_EQ(folder.error().message,
              path_of("content") + ": not an article file (approve names each file it approves)");
    EXPECT_FALSE(approval_record_for(settings, {"Dr Ana Ruiz", "2026-06-02", {}}));
}

TEST_F(ApplicationCommands, ApprovalsAreAllPreparedThenWrittenInOrder) {
    const Config project_config = config();
    const ApprovalRecord record{"Dr Ana Ruiz", "2026-05-30"};
    auto with_broken = prepare_approvals(
        project_config, record, {path_of("content/approved.xml"), path_of("content/broken.xml")});
    ASSERT_TRUE(with_broken) << with_broken.error().message;
    EXPECT_EQ(with_broken.value().approvals.size(), 1u);
    ASSERT_EQ(with_broken.value().refusals.size(), 1u);
    EXPECT_NE(with_broken.value().refusals.front().find("broken.xml"), std::string::npos);

    auto prepared = prepare_approvals(
        project_config, record, {path_of("content/approved.xml"), path_of("content/edited.xml")});
    ASSERT_TRUE(prepared) << prepared.error().message;
    const ApprovalWrites writes = write_approvals(prepared.value());
    EXPECT_FALSE(writes.error);
    ASSERT_EQ(writes.files.size(), 2u);
    EXPECT_FALSE(writes.files[0].unchanged);
    EXPECT_FALSE(writes.files[0].was_stale);
    EXPECT_TRUE(writes.files[1].was_stale); // edited after its first approval
    EXPECT_NE(testing::read_text(path_of("content/edited.xml")).find("Dr Ana Ruiz"),
              std::string::npos);
    // The same approval again changes nothing.
    auto again = prepare_approvals(project_config, record, {path_of("content/edited.xml")});
    ASSERT_TRUE(again);
    const ApprovalWrites unchanged = write_approvals(again.value());
    ASSERT_EQ(unchanged.files.size(), 1u);
    EXPECT_TRUE(unchanged.files[0].unchanged);
}

TEST_F(ApplicationCommands, ApprovalWritesStopAtTheFirstFileThatCannotBeWritten) {
    const Config project_config = config();
    auto prepared =
        prepare_approvals(project_config, {"Dr Ana Ruiz", "2026-05-30"},
                          {path_of("content/approved.xml"), path_of("content/edited.xml")});
    ASSERT_TRUE(prepared) << prepared.error().message;
    // A folder where the second article was: its write fails, the first one is done.
    fs::remove(path_of("content/edited.xml"));
    fs::create_directory(path_of("content/edited.xml"));
    const ApprovalWrites writes = write_approvals(prepared.value());
    ASSERT_TRUE(writes.error);
    ASSERT_EQ(writes.files.size(), 1u);
    EXPECT_EQ(writes.files[0].path, path_of("content/approved.xml"));
}

TEST_F(ApplicationCommands, FixDryRunGivesADiffAndWritesNothingThenFixWrites) {
    add_settings("[report]\nlanguage = en\n");
    write_article("spaced", "<p id=\"p1\">Conditions médicales sous-jacentes : le diabète.</p>");
    const std::string before = testing::read_text(path_of("content/spaced.xml"));
    const Config project_config = config();
    std::vector<FileFixOutcome> outcomes;
    const auto keep = [&](const FileFixOutcome& outcome) { outcomes.push_back(outcome); };
    auto dry = fix_project(project_config, {{}, false}, keep);
    ASSERT_TRUE(dry) << dry.error().message;
    EXPECT_EQ(dry.value().files, 4u);
    EXPECT_EQ(dry.value().changed_files, 1);
    EXPECT_GE(dry.value().fixes, 1);
    EXPECT_FALSE(dry.value().failed);
    ASSERT_EQ(outcomes.size(), 4u); // in path order
    EXPECT_TRUE(std::is_sorted(outcomes.begin(), outcomes.end(),
                               [](const auto& a, const auto& b) { return a.path < b.path; }));
    const auto spaced = std::find_if(outcomes.begin(), outcomes.end(), [](const auto& outcome) {
        return fs::path(outcome.path).filename() == "spaced.xml";
    });
    ASSERT_NE(spaced, outcomes.end());
    EXPECT_EQ(spaced->applied, dry.value().fixes);
    EXPECT_NE(spaced->diff.find("-<p id=\"p1\">Conditions médicales sous-jacentes : le"),
              std::string::npos)
        << spaced->diff;
    EXPECT_EQ(testing::read_text(path_of("content/spaced.xml")), before);
    EXPECT_EQ(fix_summary(dry.value(), true, project_config.settings()),
              "medloc fix: " + std::to_string(dry.value().fixes) +
                  (dry.value().fixes == 1 ? " fix" : " fixes") + " to apply in 1 file of 4");

    outcomes.clear();
    auto fixed = fix_project(project_config, {{path_of("content/spaced.xml")}, true}, keep);
    ASSERT_TRUE(fixed) << fixed.error().message;
    ASSERT_EQ(outcomes.size(), 1u);
    EXPECT_TRUE(outcomes[0].diff.empty()); // written, not shown
    EXPECT_NE(testing::read_text(path_of("content/spaced.xml")), before);
    EXPECT_FALSE(fix_project(project_config, {{path_of("nowhere")}, false}, keep));
}

TEST_F(ApplicationCommands, ExtractWritesEachArticleAndLocaleAndSaysWhatChanged) {
    const Project project = open(false);
    const ExtractRun first = extract_project(project, std::nullopt);
    ASSERT_EQ(first.articles.size(), 3u);
    EXPECT_EQ(first.unreadable, 1);
    EXPECT_EQ(first.failures, 0);
    int extracted = 0;
    for (const ArticleExtraction& article : first.articles) {
        if (article.unreadable) {
            EXPECT_FALSE(article.problems.empty());
            EXPECT_TRUE(article.locales.empty());
            continue;
        }
        ASSERT_EQ(article.locales.size(), 1u);
        const LocaleExtraction& file = article.locales.front();
        ASSERT_TRUE(file.stats) << file.error;
        EXPECT_GT(file.stats->added, 0);
        EXPECT_TRUE(fs::is_regular_file(file.xliff_path)) << file.xliff_path;
        EXPECT_EQ(fs::path(file.xliff_path).parent_path().filename(), "en-US");
        ++extracted;
    }
    EXPECT_EQ(extracted, 2);
    const ExtractRun second = extract_project(project, std::nullopt);
    for (const ArticleExtraction& article : second.articles)
        for (const LocaleExtraction& file : article.locales) {
            ASSERT_TRUE(file.stats);
            EXPECT_EQ(file.stats->added, 0);
            EXPECT_GT(file.stats->unchanged, 0);
        }
    // An existing file is never converted to another version: an error per file.
    const ExtractRun converted = extract_project(project, XliffVersion::v1_2);
    EXPECT_EQ(converted.failures, 2);
}

TEST_F(ApplicationCommands, MergeWritesNothingIncompleteAndRemovesAnOutdatedVersion) {
    const Project project = open();
    const ExtractRun extracted = extract_project(project, std::nullopt);
    ASSERT_EQ(extracted.failures, 0);
    const fs::path localized = dir_.write("localized/en-US/approved.xml", "an earlier merge");
    ASSERT_EQ(localized,
              fs::path(project.config.settings().paths.localized) / "en-US" / "approved.xml");
    const MergeRun run = merge_project(project);
    EXPECT_EQ(run.merged, 0);
    EXPECT_EQ(run.failed, 0);
    EXPECT_EQ(run.incomplete, 3); // two without translations, one unreadable
    bool removed = false;
    for (const ArticleMerge& article : run.articles)
        for (const LocaleMerge& merged : article.locales) {
            EXPECT_FALSE(merged.written);
            EXPECT_FALSE(merged.missing.empty());
            removed = removed || merged.removed_previous;
        }
    EXPECT_TRUE(removed);
    EXPECT_FALSE(fs::exists(localized));
}

TEST_F(ApplicationCommands, KitRequestsComeFromTheProjectAndRefuseBadOptions) {
    const Project project = open();
    auto request = kit_create_request(project, "all", "1.2");
    ASSERT_TRUE(request) << request.error().message;
    EXPECT_EQ(request.value().article_paths, project.files);
    EXPECT_EQ(request.value().locales, std::vector<std::string>{"en-US"});
    EXPECT_TRUE(request.value().scope.current);
    EXPECT_EQ(request.value().xliff_version, "1.2");
    EXPECT_EQ(request.value().article_schema, &*project.setup->article_schema);
    EXPECT_EQ(request.value().services, &project.setup->services);
    EXPECT_EQ(request.value().source_locale, "fr-FR");
    auto version = kit_create_request(project, "missing", "3.0");
    ASSERT_FALSE(version);
    EXPECT_EQ(version.error().message, "--xliff-version is 2.1 or 1.2, not '3.0'");
    EXPECT_FALSE(kit_create_request(project, "everything", "2.1"));
    auto no_locale = open_project(config(), {std::vector<std::string>{}, {}, true});
    ASSERT_TRUE(no_locale);
    auto refused = kit_create_request(no_locale.value(), "missing", "2.1");
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().message, "no target locale (--locale or locales.targets)");

    const FileChecker checker = make_file_checker(project.config, *project.setup, true);
    auto import = kit_import_request(project, checker, {"returned.zip", "kit.json", true});
    ASSERT_TRUE(import) << import.error().message;
    EXPECT_EQ(import.value().checker, &checker);
    EXPECT_EQ(import.value().returned_path, "returned.zip");
    EXPECT_EQ(import.value().manifest_path, "kit.json");
    EXPECT_TRUE(import.value().force);
    // Every article of paths.content, whatever the command named.
    EXPECT_EQ(import.value().article_paths.size(), 3u);
}

TEST_F(ApplicationCommands, ExportTargetIsRefusedBeforeAnythingIsChecked) {
    auto folder = export_target({path_of("bundle"), std::nullopt, std::nullopt});
    ASSERT_TRUE(folder) << folder.error().message;
    EXPECT_FALSE(folder.value().archive);
    EXPECT_FALSE(folder.value().signing_key);
    auto archive = export_target({path_of("bundle.zip"), "zip", std::nullopt});
    ASSERT_TRUE(archive) << archive.error().message;
    EXPECT_EQ(archive.value().archive, ArchiveFormat::zip);
    auto format = export_target({path_of("bundle"), "rar", std::nullopt});
    ASSERT_FALSE(format);
    EXPECT_EQ(format.error().message, "--archive takes tar.gz or zip, not 'rar'");
    EXPECT_FALSE(export_target({path_of("bundle"), std::nullopt, path_of("no-key.pem")}));
    dir_.write("theirs/notes.txt", "someone else's folder");
    EXPECT_FALSE(export_target({path_of("theirs"), std::nullopt, std::nullopt}));
    EXPECT_TRUE(fs::exists(path_of("theirs/notes.txt")));
}

TEST_F(ApplicationCommands, CoverageMeasuresTheGatesLocalesToo) {
    const Project project = open(false);
    EXPECT_EQ(coverage_locales(project, {{"de-DE", 50.0}, {"en-US", 10.0}}),
              (std::vector<std::string>{"en-US", "de-DE"}));
    EXPECT_EQ(coverage_locales(project, {}), std::vector<std::string>{"en-US"});
}

Finding finding(const std::string& file, int line, Severity severity) {
    Finding f;
    f.rule_id = "schema.invalid";
    f.severity = severity;
    f.file = file;
    f.position = {line, 1};
    f.message = "something is wrong";
    return f;
}

TEST_F(ApplicationCommands, ReportGoesToStandardOutputInTheConfiguredFormat) {
    add_settings("[output]\nformat = json\n");
    const Config project_config = config();
    std::ostringstream out;
    const std::vector<std::string> files = {"a.xml"};
    auto report = ReportOutput::open(project_config, {out, false}, {1, &files, nullptr});
    ASSERT_TRUE(report) << report.error().message;
    EXPECT_TRUE(report.value()->writes_to_standard_output());
    const std::vector<Finding> findings = {finding("a.xml", 3, Severity::error),
                                           finding("a.xml", 5, Severity::warning)};
    report.value()->add(findings);
    auto counts = report.value()->finish();
    ASSERT_TRUE(counts) << counts.error().message;
    EXPECT_EQ(counts.value().errors, 1);
    EXPECT_EQ(counts.value().warnings, 1);
    const auto json = nlohmann::json::parse(out.str());
    EXPECT_EQ(json["summary"]["errors"], 1) << out.str();
}

TEST_F(ApplicationCommands, ReportToAFileAppearsOnlyWhenFinished) {
    add_settings("[output]\nformat = text\nfile = out.txt\ncolor = always\n");
    const Config project_config = config();
    std::ostringstream out;
    auto report = ReportOutput::open(project_config, {out, true}, {1, nullptr, nullptr});
    ASSERT_TRUE(report) << report.error().message;
    EXPECT_FALSE(report.value()->writes_to_standard_output());
    const std::vector<Finding> findings = {finding("a.xml", 3, Severity::info)};
    report.value()->add(findings);
    EXPECT_FALSE(fs::exists(path_of("out.txt")));
    auto counts = report.value()->finish();
    ASSERT_TRUE(counts) << counts.error().message;
    EXPECT_EQ(counts.value().errors, 0);
    EXPECT_EQ(counts.value().infos, 1);
    EXPECT_TRUE(out.str().empty());
    // output.color = always colours the file too.
    EXPECT_NE(testing::read_text(path_of("out.txt")).find("\x1b["), std::string::npos);
}

TEST_F(ApplicationCommands, AWholeReportAndOneLinePerProblem) {
    add_settings("[output]\nfile = blocker/report.txt\n");
    dir_.write("blocker", "a file where the report's folder would be");
    std::ostringstream out;
    const std::vector<Finding> findings = {finding("a.xml", 3, Severity::error)};
    EXPECT_FALSE(write_report(config(), Report{findings, 1}, {out, false}));
    const std::string lines = finding_lines(
        {finding("a.xml", 3, Severity::error), finding("b.xml", 7, Severity::warning)});
    EXPECT_EQ(std::count(lines.begin(), lines.end(), '\n'), 2) << lines;
    EXPECT_TRUE(lines.starts_with("a.xml:3:1: error: something is wrong")) << lines;
    EXPECT_NE(lines.find("\nb.xml:7:1: warning: something is wrong"), std::string::npos);
    Settings settings;
    settings.report_language = "fr";
    EXPECT_EQ(reader_language(settings), "fr");
}

} // namespace
} // namespace medloc
