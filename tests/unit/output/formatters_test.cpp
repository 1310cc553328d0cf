#include "core/finding_json.h"
#include "language/messages.h"
#include "output/artifact_uri.h"
#include "output/formatter.h"

#include <algorithm>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace medloc {
namespace {

std::vector<Finding> sample_findings() {
    Finding spelling;
    spelling.rule_id = "spelling.unknown-word";
    spelling.severity = Severity::error;
    spelling.file = "content/a.xml";
    spelling.position = {14, 31};
    spelling.document_id = "a";
    spelling.block_id = "q";
    spelling.locale = "fr-FR";
    spelling.message = "unknown word 'microrragies'";
    spelling.flagged_text = "microrragies";
    spelling.suggestions = {"métrorragies"};
    Finding unreadable;
    unreadable.rule_id = "schema.unreadable";
    unreadable.severity = Severity::warning;
    unreadable.file = "content/b.xml";
    unreadable.message = "cannot read file";
    return {spelling, unreadable};
}

std::string render(std::string_view format, const std::vector<Finding>& findings,
                   bool color = false, const std::string& language = {}) {
    FormatOptions options;
    options.color = color;
    options.language = language;
    auto formatter = make_formatter(format, options);
    EXPECT_TRUE(formatter);
    std::ostringstream out;
    formatter.value()->write(Report{findings, 2}, out);
    return out.str();
}

TEST(TextFormatter, WritesCompilerStyleLinesAndASummary) {
    EXPECT_EQ(render("text", sample_findings()),
              "content/a.xml:14:31: error: unknown word 'microrragies' (did you mean "
              "'métrorragies'?) [spelling.unknown-word]\n"
              "content/b.xml: warning: cannot read file [schema.unreadable]\n"
              "medloc: 2 files checked, 1 error, 1 warning, 0 infos\n");
}

TEST(TextFormatter, ColoursOnlyWhenAsked) {
    EXPECT_EQ(render("text", sample_findings()).find('\033'), std::string::npos);
    EXPECT_NE(render("text", sample_findings(), true).find("\033[1;31merror:"), std::string::npos);
}

// French text output says its own words in French (through the catalogue), with French
// quotation marks around suggestions; English output is the same whether or not a language
// is given.
TEST(TextFormatter, FrenchOutputSaysItsOwnWordsInFrench) {
    std::vector<Finding> findings = sample_findings();
    findings[0].suggestions = {"métrorragies", "30\u00A0%"};
    Finding info = findings[1];
    info.severity = Severity::info;
    findings.push_back(info);
    const std::string french = render("text", findings, false, "fr");
    EXPECT_NE(french.find("content/a.xml:14:31: erreur\u00A0: unknown word 'microrragies' "
                          "(vouliez-vous dire «\u00A0métrorragies\u00A0», "
                          "«\u00A030[nbsp]%\u00A0»\u00A0?) [spelling.unknown-word]\n"),
              std::string::npos)
        << french;
    EXPECT_NE(french.find("content/b.xml: avertissement\u00A0: cannot read file"),
              std::string::npos)
        << french;
    EXPECT_NE(french.find("content/b.xml: information\u00A0: cannot read file"), std::string::npos)
        << french;
    EXPECT_NE(render("text", findings, true, "fr").find("\033[1;31merreur\u00A0:\033[0m"),
              std::string::npos);
    EXPECT_EQ(render("text", findings, false, "en"), render("text", findings));
    EXPECT_EQ(render("text", findings).find("erreur"), std::string::npos);
}

TEST(JsonFormatter, MessageArgumentsKeepTheirKinds) {
    Finding finding = sample_findings().front();
    set_message(finding, "translation.number-mismatch",
                {quoted_list("added", {"12"}),
                 {"count", "1", true},
                 {"value", "12"},
                 quoted_list("missing", {"21", "3"})});
    const auto json = finding_to_json(finding);
    EXPECT_EQ(json["message_arguments"]["missing"], nlohmann::ordered_json({"21", "3"}));
    EXPECT_EQ(json["message_arguments"]["count"], 1);
    const auto back = finding_from_json(json);
    ASSERT_TRUE(back);
    EXPECT_EQ(back.value().message_arguments, finding.message_arguments);
    EXPECT_EQ(localized_message(back.value(), "fr"), localized_message(finding, "fr"));
}

TEST(TextFormatter, EscapesControlCharactersOfFileNamesAndMessages) {
    // A file named "a.xml\n…: error: …" forged a finding line; ESC sequences reached the
    // terminal; a right-to-left override reversed the line.
    Finding finding = sample_findings().front();
    finding.file = "content/x.xml:1:1: note: all good\r\ncontent/\x1b[2Ja\u202E.xml";
    finding.message = "unknown word 'a\x1b]0;pwned\x07'";
    finding.suggestions = {"b\nc"};
    const std::string out = render("text", {finding});
    EXPECT_EQ(out.substr(0, out.find('\n')),
              "content/x.xml:1:1: note: all good\\r\\ncontent/\\x1b[2Ja\\u{202e}.xml:14:31: "
              "error: unknown word 'a\\x1b]0;pwned\\x07' (did you mean 'b\\nc'?) "
              "[spelling.unknown-word]");
    EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), 2);
    EXPECT_EQ(out.find('\x1b'), std::string::npos);
    const std::string github = render("github", {finding});
    EXPECT_EQ(github.find('\x1b'), std::string::npos);
    EXPECT_EQ(github.find("\u202E"), std::string::npos);
    EXPECT_EQ(std::count(github.begin(), github.end(), '\n'), 2);
}

TEST(JsonFormatter, CarriesEveryFieldOfTheFinding) {
    const auto json = nlohmann::json::parse(render("json", sample_findings()));
    ASSERT_EQ(json["findings"].size(), 2u);
    const auto& first = json["findings"][0];
    EXPECT_EQ(first["rule_id"], "spelling.unknown-word");
    EXPECT_EQ(first["severity"], "error");
    EXPECT_EQ(first["file"], "content/a.xml");
    EXPECT_EQ(first["line"], 14);
    EXPECT_EQ(first["column"], 31);
    EXPECT_EQ(first["document_id"], "a");
    EXPECT_EQ(first["block_id"], "q");
    EXPECT_EQ(first["locale"], "fr-FR");
    EXPECT_EQ(first["flagged_text"], "microrragies");
    EXPECT_EQ(first["suggestions"][0], "métrorragies");
    EXPECT_TRUE(json["findings"][1]["line"].is_null());
    EXPECT_EQ(json["summary"]["files"], 2);
    EXPECT_EQ(json["summary"]["errors"], 1);
    EXPECT_EQ(json["summary"]["warnings"], 1);
    EXPECT_EQ(json["summary"]["by_rule"]["schema.unreadable"], 1);
}

TEST(Formatters, UnknownFormatListsTheKnownOnes) {
    auto formatter = make_formatter("xml", {});
    ASSERT_FALSE(formatter);
    EXPECT_NE(formatter.error().message.find("text, json"), std::string::npos);
}

TEST(SortFindings, OrdersByFileLineColumnRule) {
    auto findings = sample_findings();
    std::swap(findings[0], findings[1]);
    sort_findings(findings);
    EXPECT_EQ(findings[0].file, "content/a.xml");
}

TEST(GithubFormatter, EscapesWhatTheRunnerWouldMisread) {
    Finding finding = sample_findings().front();
    finding.file = "content/a:b,c.xml";
    finding.message = "100% sure\nsecond line";
    const std::string out = render("github", {finding});
    EXPECT_EQ(out.substr(0, out.find('\n')),
              "::error file=content/a%3Ab%2Cc.xml,line=14,col=31,title=spelling.unknown-word::"
              "100%25 sure%0Asecond line (suggestion: métrorragies)");
}

TEST(JunitFormatter, OneCasePerFileAndEscapedText) {
    std::vector<Finding> findings = sample_findings();
    findings[0].message = "a <b> & \"c\"";
    const std::vector<std::string> files = {"content/a.xml", "content/b.xml", "content/c.xml"};
    Report report{findings, 3};
    report.checked_files = &files;
    std::ostringstream out;
    make_formatter("junit", {}).value()->write(report, out);
    const std::string xml = out.str();
    EXPECT_NE(xml.find("tests=\"3\" failures=\"1\""), std::string::npos) << xml;
    EXPECT_NE(xml.find("a &lt;b&gt; &amp; &quot;c&quot;"), std::string::npos) << xml;
    // No `file` attribute: the Jenkins JUnit schema has none on test cases.
    EXPECT_NE(xml.find("<testcase classname=\"medloc\" name=\"content/c.xml\"/>"),
              std::string::npos)
        << xml;
}

TEST(SarifFormatter, ResultsPointAtTheRuleCatalogueAndCarryOnlyMechanicalFixes) {
    const std::vector<RuleInfo> rules = {
        {"schema.unreadable", Severity::error, "a file that cannot be read"},
        {"spelling.unknown-word", Severity::error, "a word no dictionary knows"},
        {"typography.ellipsis", Severity::info, "three dots"}};
    std::vector<Finding> findings = sample_findings();
    Finding dots;
    dots.rule_id = "typography.ellipsis";
    dots.severity = Severity::info;
    dots.file = "content/é space#frag.xml";
    dots.position = {3, 7};
    dots.flagged_text = "...";
    dots.suggestions = {"…"};
    dots.fix = Fix{120, 3, "…", {3, 7}, 10};
    findings.push_back(dots);
    Report report{findings, 3};
    report.rules = &rules;
    std::ostringstream out;
    FormatOptions options;
    options.source_root = "/work dir/project";
    make_formatter("sarif", options).value()->write(report, out);
    const auto sarif = nlohmann::json::parse(out.str());
    const auto& run = sarif["runs"][0];
    const auto& result = run["results"][0];
    EXPECT_EQ(result["ruleIndex"], 1);
    EXPECT_EQ(result["locations"][0]["physicalLocation"]["region"]["endColumn"], 31 + 12);
    // A spelling suggestion is not a fix: in medical text it can change the meaning.
    EXPECT_FALSE(result.contains("fixes"));
    const auto& typography = run["results"][2];
    EXPECT_EQ(typography["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
              "content/%C3%A9%20space%23frag.xml");
    EXPECT_EQ(typography["locations"][0]["physicalLocation"]["artifactLocation"]["uriBaseId"],
              "%SRCROOT%");
    const auto& replacement = typography["fixes"][0]["artifactChanges"][0]["replacements"][0];
    EXPECT_EQ(replacement["insertedContent"]["text"], "…");
    EXPECT_EQ(replacement["deletedRegion"]["startColumn"], 7);
    EXPECT_EQ(replacement["deletedRegion"]["endColumn"], 10);
    EXPECT_EQ(run["originalUriBaseIds"]["%SRCROOT%"]["uri"], "file:///work%20dir/project/");
    EXPECT_EQ(run["results"][1]["level"], "warning");
    EXPECT_FALSE(run["results"][1]["locations"][0]["physicalLocation"].contains("region"));
    // Each rule's page is its help, embedded at build time; no helpUri without a base URL.
    const auto& ellipsis = run["tool"]["driver"]["rules"][2];
    EXPECT_TRUE(
        ellipsis["help"]["markdown"].get<std::string>().starts_with("# typography.ellipsis\n"));
    EXPECT_EQ(ellipsis["help"]["text"].get<std::string>().find("**"), std::string::npos);
    EXPECT_FALSE(ellipsis.contains("helpUri"));
}

TEST(SarifFormatter, HelpUriOnlyUnderAConfiguredBaseUrl) {
    const std::vector<RuleInfo> rules = {{"typography.ellipsis", Severity::info, "three dots"}};
    const std::vector<Finding> findings;
    Report report{findings, 0};
    report.rules = &rules;
    FormatOptions options;
    options.rules_url = "https://example.org/medloc/docs/rules";
    std::ostringstream out;
    make_formatter("sarif", options).value()->write(report, out);
    const auto sarif = nlohmann::json::parse(out.str());
    EXPECT_EQ(sarif["runs"][0]["tool"]["driver"]["rules"][0]["helpUri"],
              "https://example.org/medloc/docs/rules/typography.ellipsis.md");
    EXPECT_FALSE(sarif["runs"][0].contains("originalUriBaseIds"));
}

TEST(ArtifactUri, PercentEncodesEverythingButUnreservedAndSlash) {
    EXPECT_EQ(percent_encode_path("content/é space#frag.xml"), "content/%C3%A9%20space%23frag.xml");
    EXPECT_EQ(percent_encode_path("a-b_c.d~e/%?&+"), "a-b_c.d~e/%25%3F%26%2B");
    EXPECT_EQ(file_uri("/srv/a b"), "file:///srv/a%20b");
    EXPECT_EQ(file_uri("/srv/a b", true), "file:///srv/a%20b/");
}

TEST(GithubFormatter, SummaryCountsInTheSingularForOne) {
    std::vector<Finding> findings = sample_findings();
    findings.pop_back();
    const std::string out = render("github", findings);
    EXPECT_NE(out.find("medloc: 2 files checked, 1 error, 0 warnings, 0 infos"), std::string::npos)
        << out;
}

} // namespace
} // namespace medloc
