// Every format written as the findings come, a file's at a time or one by one, gives the
// bytes of the same report written at once; JSON and SARIF are exactly nlohmann's dump of
// the whole document, and JUnit lists its test cases in the order of the checked files.
#include "output/formatter.h"

#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace medloc {
namespace {

Finding make(const std::string& file, int line, Severity severity, const std::string& rule,
             const std::string& message) {
    Finding finding;
    finding.rule_id = rule;
    finding.severity = severity;
    finding.file = file;
    finding.position = {line, line > 0 ? 3 : 0};
    finding.document_id = "doc";
    finding.block_id = "p" + std::to_string(line);
    finding.locale = "fr-FR";
    finding.message = message;
    finding.flagged_text = line > 0 ? "mot" : "";
    if (line % 2 == 1)
        finding.suggestions = {"mots", "mât"};
    return finding;
}

// A run's report: standard input (named to sort first) is last among the checked files, a
// checked file has no finding, and the termbase is named only by its findings.
struct Sample {
    std::vector<Finding> findings;
    std::vector<std::string> checked = {"content/a.xml", "content/b.xml", "content/c.xml",
                                        "content/d.xml", "aaa.xml"};
    std::vector<RuleInfo> rules = {{"schema.invalid", Severity::error, "not valid"},
                                   {"spelling.unknown-word", Severity::error, "unknown word"},
                                   {"typography.ellipsis", Severity::info, "three dots"}};
};

Sample sample() {
    Sample s;
    s.findings = {
        make("aaa.xml", 2, Severity::error, "schema.invalid", "piped <bad> & \"quoted\""),
        make("content/a.xml", 1, Severity::warning, "spelling.unknown-word", "unknown 'mot'"),
        make("content/a.xml", 4, Severity::error, "spelling.unknown-word", "unknown 'mat'"),
        make("content/c.xml", 0, Severity::error, "schema.invalid", "cannot read\nfile"),
        make("content/c.xml", 7, Severity::info, "typography.ellipsis", "three dots"),
        make("terminology/termbase.tbx", 3, Severity::warning, "schema.invalid", "term"),
    };
    return s;
}

FormatOptions options() {
    FormatOptions options;
    options.source_root = "/project";
    options.rules_url = "https://example.org/rules";
    return options;
}

std::string whole(std::string_view format, const Sample& s, const FormatOptions& given) {
    auto formatter = make_formatter(format, given);
    EXPECT_TRUE(formatter);
    Report report{s.findings, static_cast<int>(s.checked.size())};
    report.checked_files = &s.checked;
    report.rules = &s.rules;
    std::ostringstream out;
    formatter.value()->write(report, out);
    return out.str();
}

// The same report given `chunk` findings at a time (0: a file's at a time), with empty
// pieces between.
std::string streamed(std::string_view format, const Sample& s, std::size_t chunk,
                     const FormatOptions& given) {
    auto formatter = make_formatter(format, given);
    EXPECT_TRUE(formatter);
    std::ostringstream out;
    ReportStream stream(*formatter.value(), out,
                        {static_cast<int>(s.checked.size()), &s.checked, &s.rules});
    std::size_t start = 0;
    while (start < s.findings.size()) {
        std::size_t end = start + 1;
        if (chunk == 0)
            while (end < s.findings.size() && s.findings[end].file == s.findings[start].file)
                ++end;
        else
            end = std::min(start + chunk, s.findings.size());
        stream.add(std::span<const Finding>(s.findings).subspan(start, end - start));
        stream.add({});
        start = end;
    }
    stream.finish();
    EXPECT_EQ(stream.totals().findings, s.findings.size());
    return out.str();
}

TEST(StreamingFormatters, PiecesGiveTheBytesOfTheWholeReport) {
    const Sample s = sample();
    for (std::string_view format : formatter_names()) {
        const std::string expected = whole(format, s, options());
        ASSERT_FALSE(expected.empty());
        for (std::size_t chunk : {0, 1, 2, 5})
            EXPECT_EQ(streamed(format, s, chunk, options()), expected)
                << format << ", " << chunk << " at a time";
    }
}

TEST(StreamingFormatters, AnEmptyReportToo) {
    Sample s = sample();
    s.findings.clear();
    for (std::string_view format : formatter_names())
        EXPECT_EQ(streamed(format, s, 0, options()), whole(format, s, options())) << format;
    EXPECT_EQ(whole("text", s, options()),
              "medloc: 5 files checked, 0 errors, 0 warnings, 0 infos\n");
}

TEST(StreamingFormatters, JsonAndSarifAreTheDumpOfTheWholeDocument) {
    const Sample s = sample();
    for (std::string_view format : {"json", "sarif"}) {
        for (const bool empty : {false, true}) {
            Sample given = s;
            if (empty)
                given.findings.clear();
            const std::string text = streamed(format, given, 1, options());
            const auto document = nlohmann::ordered_json::parse(text);
            EXPECT_EQ(text, document.dump(2) + "\n") << format;
        }
    }
    const auto json = nlohmann::json::parse(streamed("json", s, 1, options()));
    EXPECT_EQ(json["findings"].size(), 6u);
    EXPECT_EQ(json["checked_files"].size(), 5u);
    EXPECT_EQ(json["summary"]["findings"], 6);
    EXPECT_EQ(json["summary"]["errors"], 3);
    EXPECT_EQ(json["summary"]["warnings"], 2);
    EXPECT_EQ(json["summary"]["infos"], 1);
    EXPECT_EQ(json["summary"]["by_rule"]["schema.invalid"], 3);
    const auto sarif = nlohmann::json::parse(streamed("sarif", s, 2, options()));
    EXPECT_EQ(sarif["runs"][0]["results"].size(), 6u);
    EXPECT_EQ(sarif["runs"][0]["results"][2]["ruleIndex"], 1);
}

TEST(StreamingFormatters, JunitListsTheCheckedFilesInOrderThenTheOthers) {
    const std::string xml = streamed("junit", sample(), 1, options());
    std::vector<std::string> names;
    for (std::size_t at = xml.find("<testcase"); at != std::string::npos;
         at = xml.find("<testcase", at + 1)) {
        const std::size_t start = xml.find(" name=\"", at) + 7;
        names.push_back(xml.substr(start, xml.find('"', start) - start));
    }
    EXPECT_EQ(names,
              (std::vector<std::string>{"content/a.xml", "content/b.xml", "content/c.xml",
                                        "content/d.xml", "aaa.xml", "terminology/termbase.tbx"}));
    EXPECT_NE(xml.find("<testsuites name=\"medloc\" tests=\"6\" failures=\"3\""), std::string::npos)
        << xml;
    EXPECT_NE(xml.find("<testcase classname=\"medloc\" name=\"content/b.xml\"/>"),
              std::string::npos);
    EXPECT_NE(xml.find("message=\"1 error: piped &lt;bad&gt; &amp; &quot;quoted&quot;\""),
              std::string::npos)
        << xml;
}

TEST(StreamingFormatters, TheTextSummaryIsCountedAtTheEnd) {
    const Sample s = sample();
    FormatOptions given = options();
    given.summary = [](const ReportTotals& totals) {
        return "résumé : " + std::to_string(totals.files) + " fichiers, " +
               std::to_string(totals.counts.errors) + " erreurs";
    };
    const std::string text = streamed("text", s, 1, given);
    EXPECT_TRUE(text.ends_with("\nrésumé : 5 fichiers, 3 erreurs\n")) << text;
    EXPECT_EQ(text, whole("text", s, given));
}

TEST(StreamingFormatters, NothingIsWrittenBeforeTheFirstFindings) {
    const Sample s = sample();
    for (std::string_view format : formatter_names()) {
        auto formatter = make_formatter(format, options());
        std::ostringstream out;
        ReportStream stream(*formatter.value(), out, {5, &s.checked, &s.rules});
        stream.add({});
        EXPECT_EQ(out.str(), "") << format;
        stream.add(std::span<const Finding>(s.findings).first(1));
        if (format != "junit") { // JUnit's counts come first: it writes at the end
            EXPECT_NE(out.str(), "") << format << " begins with the first findings";
        }
    }
}

} // namespace
} // namespace medloc
