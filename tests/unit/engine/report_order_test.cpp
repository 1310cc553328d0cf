// The report a file at a time is the report sorted at once: the same findings in the same
// order, with the termbase's and standard input's merged in and a baseline applied.
#include "engine/file_discovery.h"
#include "engine/report_order.h"
#include "test_support.h"

#include <algorithm>
#include <random>
#include <stdexcept>

#include <gtest/gtest.h>

namespace medloc {
namespace {

Finding make(const std::string& file, int line, int column, const std::string& rule,
             const std::string& message, const std::string& text = "") {
    Finding finding;
    finding.rule_id = rule;
    finding.file = file;
    finding.position = {line, column};
    finding.message = message;
    finding.flagged_text = text;
    finding.block_id = "b" + std::to_string(line % 3);
    return finding;
}

std::string describe(const std::vector<Finding>& findings) {
    std::string out;
    for (const Finding& f : findings)
        out += f.file + ":" + std::to_string(f.position.line) + ":" +
               std::to_string(f.position.column) + " " + f.rule_id + " " + f.message + " " +
               f.flagged_text + "\n";
    return out;
}

// Random findings per file (unsorted, with ties), and known findings of files that sort
// before, between, after and equal to the checked ones.
struct Corpus {
    std::vector<std::string> paths;
    std::vector<std::vector<Finding>> per_file;
    std::vector<Finding> known;
};

Corpus random_corpus(unsigned seed) {
    std::mt19937 random(seed);
    Corpus corpus;
    for (int i = 0; i < 30; ++i)
        corpus.paths.push_back("content/a" + std::to_string(100 + i * 3) + ".xml");
    const std::vector<std::string> rules = {"spelling.unknown-word", "typography.ellipsis",
                                            "schema.invalid"};
    for (const std::string& path : corpus.paths) {
        std::vector<Finding> findings;
        const int count = static_cast<int>(random() % 6);
        for (int k = 0; k < count; ++k)
            findings.push_back(make(path, 1 + static_cast<int>(random() % 4),
                                    static_cast<int>(random() % 3), rules[random() % 3],
                                    "m" + std::to_string(random() % 2),
                                    "w" + std::to_string(random() % 2)));
        corpus.per_file.push_back(findings);
    }
    for (const std::string& file :
         {std::string("aaa.xml"), std::string("content/a112.xml"), std::string("content/a113.xml"),
          std::string("terminology/termbase.tbx"), corpus.paths.front(), corpus.paths.back()})
        for (int k = 0; k < 3; ++k)
            corpus.known.push_back(
                make(file, 1 + static_cast<int>(random() % 3), 0, rules[random() % 3], "m0", "w0"));
    return corpus;
}

TEST(ReportOrder, FileByFileIsTheGlobalStableSort) {
    for (unsigned seed = 1; seed <= 40; ++seed) {
        const Corpus corpus = random_corpus(seed);
        std::vector<Finding> all;
        for (const auto& findings : corpus.per_file)
            all.insert(all.end(), findings.begin(), findings.end());
        all.insert(all.end(), corpus.known.begin(), corpus.known.end());
        std::stable_sort(all.begin(), all.end(), reported_before); // one sort of everything

        std::vector<Finding> streamed;
        std::size_t files_added = 0;
        ReportOrder order(corpus.known, nullptr, [&](std::span<const Finding> group) {
            ASSERT_FALSE(group.empty());
            for (const Finding& finding : group) {
                EXPECT_EQ(finding.file, group.front().file) << "one file per group";
                // Nothing of a file not yet added is handed on (known files aside).
                const auto at = std::find(corpus.paths.begin(), corpus.paths.end(), finding.file);
                if (at != corpus.paths.end()) {
                    EXPECT_LT(static_cast<std::size_t>(at - corpus.paths.begin()), files_added);
                }
            }
            streamed.insert(streamed.end(), group.begin(), group.end());
        });
        for (std::size_t i = 0; i < corpus.paths.size(); ++i) {
            ++files_added;
            order.add_file(corpus.paths[i], FindingList(corpus.per_file[i]));
            // Everything of this file and those before it is out already.
            const std::size_t due = static_cast<std::size_t>(
                std::count_if(all.begin(), all.end(),
                              [&](const Finding& f) { return f.file <= corpus.paths[i]; }));
            EXPECT_EQ(streamed.size(), due) << "seed " << seed << " after " << corpus.paths[i];
        }
        order.finish();
        EXPECT_EQ(describe(streamed), describe(all)) << "seed " << seed;
    }
}

TEST(ReportOrder, ABigFilesFindingsGoOutInGroupsNeverAllAtOnce) {
    // One article with thousands of findings (a tokenised text has one every few words):
    // the sink receives them in several groups, so that they are never all built at once,
    // and in the order of one stable sort, with the known findings of that file merged in.
    std::mt19937 random(5);
    const std::string path = "content/big.xml";
    std::vector<Finding> findings;
    for (int i = 0; i < 5000; ++i) {
        Finding finding =
            make(path, 1 + static_cast<int>(random() % 900), static_cast<int>(random() % 4),
                 "typography.space-before-comma", "m" + std::to_string(random() % 2));
        finding.block_id = "b" + std::to_string(i); // tells equal findings apart
        findings.push_back(finding);
    }
    std::vector<Finding> known = {make(path, 450, 2, "schema.invalid", "known"),
                                  make("content/zzz.xml", 1, 1, "schema.invalid", "later")};
    std::vector<Finding> expected = findings;
    expected.insert(expected.end(), known.begin(), known.end());
    std::stable_sort(expected.begin(), expected.end(), reported_before);

    std::vector<Finding> streamed;
    std::size_t groups = 0;
    std::size_t largest = 0;
    ReportOrder order(known, nullptr, [&](std::span<const Finding> group) {
        ++groups;
        largest = std::max(largest, group.size());
        streamed.insert(streamed.end(), group.begin(), group.end());
    });
    order.add_file(path, FindingList(findings));
    EXPECT_EQ(streamed.size(), findings.size() + 1); // this file's, and its known finding
    order.finish();
    EXPECT_GT(groups, 4u);
    EXPECT_LT(largest, findings.size() / 2);
    ASSERT_EQ(streamed.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i)
        ASSERT_EQ(streamed[i].block_id + streamed[i].message,
                  expected[i].block_id + expected[i].message)
            << "at " << i;
}

TEST(SortFindings, IsTheStableSortInReportOrder) {
    for (unsigned seed = 1; seed <= 40; ++seed) {
        const Corpus corpus = random_corpus(seed);
        std::vector<Finding> all = corpus.known;
        for (const auto& findings : corpus.per_file)
            all.insert(all.end(), findings.begin(), findings.end());
        std::shuffle(all.begin(), all.end(), std::mt19937(seed));
        // Findings equal in every sort key but told apart by their block, so that a tie
        // taken out of its order shows.
        for (std::size_t i = 0; i < all.size(); ++i)
            all[i].block_id = "b" + std::to_string(i);
        std::vector<Finding> expected = all;
        std::stable_sort(expected.begin(), expected.end(), reported_before);
        sort_findings(all);
        ASSERT_EQ(all.size(), expected.size());
        for (std::size_t i = 0; i < all.size(); ++i)
            EXPECT_EQ(all[i].block_id, expected[i].block_id) << "seed " << seed << " at " << i;
    }
}

TEST(ReportOrder, ABaselineDropsWhatTheBatchFilterDrops) {
    for (unsigned seed = 1; seed <= 20; ++seed) {
        const Corpus corpus = random_corpus(seed);
        std::vector<Finding> all;
        for (const auto& findings : corpus.per_file)
            all.insert(all.end(), findings.begin(), findings.end());
        all.insert(all.end(), corpus.known.begin(), corpus.known.end());
        sort_findings(all);
        // A baseline of every other finding, by the fingerprints `baseline write` records.
        Baseline baseline;
        const std::vector<std::string> fingerprints = finding_fingerprints(all);
        for (std::size_t i = 0; i < fingerprints.size(); i += 2)
            ++baseline.fingerprints[fingerprints[i]];
        const std::vector<Finding> expected = new_findings(all, baseline);
        ASSERT_LT(expected.size(), all.size());

        std::vector<Finding> streamed;
        ReportOrder order(corpus.known, &baseline, [&](std::span<const Finding> group) {
            streamed.insert(streamed.end(), group.begin(), group.end());
        });
        for (std::size_t i = 0; i < corpus.paths.size(); ++i)
            order.add_file(corpus.paths[i], FindingList(corpus.per_file[i]));
        order.finish();
        EXPECT_EQ(describe(streamed), describe(expected)) << "seed " << seed;
    }
}

TEST(ReportOrder, FilesOutOfOrderOrFindingsOfAnotherFileAreInternalErrors) {
    ReportOrder order({}, nullptr, [](std::span<const Finding>) {});
    order.add_file("content/b.xml", {});
    EXPECT_THROW(order.add_file("content/a.xml", {}), std::logic_error);
    EXPECT_THROW(order.add_file("content/b.xml", {}), std::logic_error);
    EXPECT_THROW(
        order.add_file("content/c.xml", FindingList({make("content/d.xml", 1, 1, "r", "m")})),
        std::logic_error);
}

TEST(CheckInReportOrder, TheSameReportAsCheckFilesOnEveryThreadCount) {
    testing::TempDir dir;
    // Broken, valid, duplicate ids, misspelt: findings of several rules in several files.
    for (int i = 0; i < 24; ++i) {
        const std::string id = "f" + std::to_string(10 + i);
        const std::string answer = i % 4 == 0   ? "<p id=\"p\">Un.</p><p id=\"p\">Deux.</p>"
                                   : i % 4 == 1 ? "<p id=\"p\">Prendre 500mg... deux fois.</p>"
                                                : "<p id=\"p\">Bien.</p>";
        dir.write(id + ".xml", i % 7 == 3 ? "<article" : testing::article_xml(id, answer));
    }
    auto files = discover_files({dir.path().string()}, {".xml"});
    ASSERT_TRUE(files);
    std::sort(files.value().begin(), files.value().end());
    const XmlSchema schema = testing::article_schema();
    const SeverityPolicy policy;
    const RuleServices services;
    const FileChecker checker(schema, builtin_rules(), policy, {}, services);
    const RunResult batch = check_files(files.value(), checker, 2);
    ASSERT_FALSE(batch.failure);
    ASSERT_GT(batch.findings.size(), 10u);
    Finding termbase = make((dir.path() / "f20.tbx").string(), 3, 1, "schema.invalid", "bad");
    std::vector<Finding> expected = batch.findings;
    expected.push_back(termbase);
    sort_findings(expected);
    for (int jobs : {1, 2, 5}) {
        std::vector<Finding> streamed;
        std::size_t done = 0;
        ReportExtras extras;
        extras.known = {termbase};
        const ReportedRun run = check_in_report_order(
            files.value(), checker, jobs, extras,
            [&](std::span<const Finding> group) {
                streamed.insert(streamed.end(), group.begin(), group.end());
            },
            [&](std::size_t finished) { done = std::max(done, finished); });
        EXPECT_FALSE(run.failure);
        EXPECT_TRUE(run.configuration_errors.empty());
        EXPECT_EQ(done, files.value().size());
        EXPECT_EQ(describe(streamed), describe(expected)) << "jobs " << jobs;
    }
    // Standard input's configuration error: nothing is reported, and it is told last.
    ReportExtras broken;
    broken.configuration_errors = {"no Hunspell dictionary for xx-XX"};
    bool reported = false;
    const ReportedRun run = check_in_report_order(
        files.value(), checker, 2, broken, [&](std::span<const Finding>) { reported = true; });
    EXPECT_FALSE(reported);
    EXPECT_EQ(run.configuration_errors, broken.configuration_errors);
}

TEST(CheckInReportOrder, NoFilesIsTheKnownFindingsAlone) {
    testing::TempDir dir;
    const XmlSchema schema = testing::article_schema();
    const SeverityPolicy policy;
    const RuleServices services;
    const FileChecker checker(schema, builtin_rules(), policy, {}, services);
    ReportExtras extras;
    extras.known = {make("b.tbx", 2, 1, "schema.invalid", "x"),
                    make("a.tbx", 1, 1, "schema.invalid", "y")};
    std::vector<Finding> streamed;
    int groups = 0;
    const ReportedRun run =
        check_in_report_order({}, checker, 4, extras, [&](std::span<const Finding> group) {
            ++groups;
            streamed.insert(streamed.end(), group.begin(), group.end());
        });
    EXPECT_FALSE(run.failure);
    ASSERT_EQ(streamed.size(), 2u);
    EXPECT_EQ(streamed[0].file, "a.tbx");
    EXPECT_EQ(groups, 2);
}

} // namespace
} // namespace medloc
