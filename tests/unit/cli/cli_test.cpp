#include "cli/cli.h"
#include "test_support.h"

#include <sstream>

#include <gtest/gtest.h>

namespace medloc {
namespace {

struct CliRun {
    int exit_code;
    std::string out;
    std::string err;
};

CliRun run(std::vector<std::string> arguments) {
    std::ostringstream out, err;
    const int code = run_cli(arguments, {out, err, false});
    return {code, out.str(), err.str()};
}

TEST(Cli, VersionAndHelp) {
    EXPECT_EQ(run({"--version"}).out.rfind("medloc ", 0), 0u);
    const CliRun help = run({"--help"});
    EXPECT_EQ(help.exit_code, 0);
    EXPECT_NE(help.out.find("check"), std::string::npos);
    EXPECT_NE(help.out.find("validate"), std::string::npos);
    const CliRun check_help = run({"check", "--help"});
    EXPECT_EQ(check_help.exit_code, 0);
    EXPECT_NE(check_help.out.find("--format"), std::string::npos);
    EXPECT_NE(check_help.out.find("output.format"), std::string::npos);
}

TEST(Cli, UsageErrorsExitTwoWithAMessage) {
    EXPECT_EQ(run({}).exit_code, 2);
    const CliRun unknown = run({"frobnicate"});
    EXPECT_EQ(unknown.exit_code, 2);
    EXPECT_NE(unknown.err.find("unknown command 'frobnicate'"), std::string::npos);
    const CliRun bad_option = run({"check", "--no-such-option"});
    EXPECT_EQ(bad_option.exit_code, 2);
    EXPECT_NE(bad_option.err.find("no-such-option"), std::string::npos);
    const CliRun bad_format =
        run({"check", "--format", "yaml", "--root", testing::source_dir().string(),
             (testing::source_dir() / "tests/fixtures/rules/schema.invalid").string()});
    EXPECT_EQ(bad_format.exit_code, 2);
    EXPECT_NE(bad_format.err.find("unknown format 'yaml'"), std::string::npos);
    const CliRun missing = run({"check", "--root", testing::source_dir().string(), "/nonexistent"});
    EXPECT_EQ(missing.exit_code, 2);
    EXPECT_NE(missing.err.find("no such file or directory: /nonexistent"), std::string::npos);
}

TEST(Cli, ExitCodeFollowsErrorFindingsAndSeverityOverrides) {
    const std::string root = testing::source_dir().string();
    const std::string invalid =
        (testing::source_dir() / "tests/fixtures/rules/schema.invalid/true-positive.xml").string();
    EXPECT_EQ(run({"validate", "--root", root, invalid}).exit_code, 1);
    EXPECT_EQ(run({"validate", "--root", root, "--severity", "schema.invalid=warning", invalid})
                  .exit_code,
              0);
    const CliRun off =
        run({"validate", "--root", root, "--severity", "schema.invalid=off", invalid});
    EXPECT_EQ(off.exit_code, 0);
    EXPECT_EQ(off.out.find("schema.invalid]"), std::string::npos);
}

TEST(Cli, RulesListsEveryRule) {
    const CliRun rules = run({"rules"});
    EXPECT_EQ(rules.exit_code, 0);
    EXPECT_NE(rules.out.find("schema.duplicate-id"), std::string::npos);
    EXPECT_NE(run({"rules", "--format", "json"}).out.find("\"default_severity\""),
              std::string::npos);
}

TEST(Cli, WritesOutputFileAtomically) {
    testing::TempDir dir;
    const std::string target = (dir.path() / "report.json").string();
    const std::string root = testing::source_dir().string();
    const std::string good =
        (testing::source_dir() / "tests/fixtures/rules/schema.invalid/near-miss.xml").string();
    const CliRun result =
        run({"check", "--root", root, "--format", "json", "--output", target, good});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(testing::read_text(target).find("\"findings\""), std::string::npos);
    // A missing folder is made, as export and report do.
    const std::string nested = (dir.path() / "reports" / "report.json").string();
    EXPECT_EQ(run({"check", "--root", root, "--output", nested, good}).exit_code, 0);
    EXPECT_NE(testing::read_text(nested).find("medloc"), std::string::npos);
    // A file in the way of the folder: a clear error, exit 2, nothing left behind.
    dir.write("in-the-way", "a file");
    const std::string blocked = (dir.path() / "in-the-way" / "report.json").string();
    const CliRun failed = run({"check", "--root", root, "--output", blocked, good});
    EXPECT_EQ(failed.exit_code, 2);
    EXPECT_NE(failed.err.find("cannot create the folder of " + blocked), std::string::npos)
        << failed.err;
    EXPECT_EQ(testing::read_text(dir.path() / "in-the-way"), "a file");
}

} // namespace
} // namespace medloc
