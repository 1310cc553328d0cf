#include "language/sentence_finder.h"
#include "loading/article.h"
#include "loading/markup_tree.h"
#include "report/coverage_bar.h"
#include "report/finding_context.h"
#include "report/html_report.h"
#include "report/html_text.h"
#include "report/interface_text.h"
#include "test_support.h"
#include "text/line_index.h"

#include <gtest/gtest.h>

namespace medloc {
namespace {

std::string sentence_of(const std::string& text, const std::string& word) {
    const auto [begin, end] = sentence_around(text, text.find(word), "fr-FR");
    return text.substr(begin, end - begin);
}

TEST(SentenceAround, GivesTheSentenceThatHoldsTheOffset) {
    const std::string text = "Première phrase. Le mot microrragies est ici\u00a0! Dernière.";
    EXPECT_EQ(sentence_of(text, "microrragies"), "Le mot microrragies est ici\u00a0!");
    EXPECT_EQ(sentence_of(text, "Première"), "Première phrase.");
    // Near miss: a decimal comma and an abbreviation-like "mg." inside do not end it.
    const std::string dose = "Prenez 2,5 mg. par jour pendant 5 jours. Puis arrêtez.";
    EXPECT_EQ(sentence_of(dose, "jours"), sentence_of(dose, "Prenez"));
    EXPECT_EQ(sentence_around(text, text.size() + 10, "fr-FR").second, text.size());
}

struct LoadedArticle {
    std::shared_ptr<const SourceFile> source;
    Article article;
};

LoadedArticle article_from(const std::string& path, const std::string& xml) {
    auto source = make_source_file(path, xml);
    return {source, build_article(source, scan_markup(source->content))};
}

Finding finding_at(const std::string& path, const std::string& xml, const std::string& word,
                   const std::string& block) {
    Finding finding;
    finding.rule_id = "spelling.unknown-word";
    finding.file = path;
    finding.block_id = block;
    finding.flagged_text = word;
    finding.position = LineIndex(xml).position(xml.find(word));
    return finding;
}

TEST(WithContext, MarksTheFlaggedTextInItsSentence) {
    const std::string xml = testing::article_xml(
        "a", "<p id=\"p1\">Une phrase avant. Des <em>microrragies</em> mineures\n   "
             "surviennent. Une phrase après.</p>");
    const auto loaded = article_from("content/a.xml", xml);
    const ReportFinding shown =
        with_context(finding_at("content/a.xml", xml, "microrragies", "p1"), {&loaded.article});
    EXPECT_EQ(shown.sentence, "Des microrragies mineures surviennent.");
    EXPECT_EQ(shown.sentence.substr(shown.mark_begin, shown.mark_end - shown.mark_begin),
              "microrragies");
}

TEST(WithContext, NoSentenceForAnotherFileOrBlock) {
    const std::string xml = testing::article_xml("a", "<p id=\"p1\">Des microrragies.</p>");
    const auto loaded = article_from("content/a.xml", xml);
    EXPECT_TRUE(
        with_context(finding_at("content/b.xml", xml, "microrragies", "p1"), {&loaded.article})
            .sentence.empty());
    EXPECT_TRUE(
        with_context(finding_at("content/a.xml", xml, "microrragies", "p2"), {&loaded.article})
            .sentence.empty());
}

TEST(WithContext, CutsLongSentencesAroundTheMark) {
    std::string long_text;
    for (int i = 0; i < 60; ++i)
        long_text += "très ";
    const std::string xml = testing::article_xml(
        "a", "<p id=\"p1\">Un " + long_text + "microrragies " + long_text + "long.</p>");
    const auto loaded = article_from("content/a.xml", xml);
    const ReportFinding shown =
        with_context(finding_at("content/a.xml", xml, "microrragies", "p1"), {&loaded.article});
    EXPECT_TRUE(shown.sentence.starts_with("…")) << shown.sentence;
    EXPECT_TRUE(shown.sentence.ends_with("…"));
    EXPECT_LT(shown.sentence.size(), 400u);
    EXPECT_EQ(shown.sentence.substr(shown.mark_begin, shown.mark_end - shown.mark_begin),
              "microrragies");
}

TEST(HtmlText, EscapesMarkupAndShowsNoBreakSpaces) {
    EXPECT_EQ(escape_html("<a href=\"x\">'&'</a>"),
              "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    EXPECT_EQ(escape_html("sans rien"), "sans rien");
    const std::string shown = escape_html_showing_spaces("a\u00a0:<", "nbsp");
    EXPECT_EQ(shown, "a<span class=\"space\" title=\"nbsp\">\u237d</span>:&lt;");
    EXPECT_EQ(escape_html_showing_spaces("a : b", "nbsp"), "a : b"); // plain spaces stay
    EXPECT_EQ(fill("{n} of {m}", "n", "3"), "3 of {m}");
}

TEST(CoverageBar, DrawsEachStateInProportionWithATextEquivalent) {
    ArticleCoverage coverage;
    coverage.total.words = 200;
    coverage.final_units.words = 150;
    coverage.missing.words = 50;
    const std::string bar = coverage_bar(coverage, interface_text("en"));
    EXPECT_NE(bar.find("width=\"75.000\""), std::string::npos) << bar;
    EXPECT_NE(bar.find("width=\"25.000\""), std::string::npos);
    EXPECT_NE(bar.find("aria-label=\"Approved 75%, Missing 25%\""), std::string::npos);
    EXPECT_EQ(bar.find("data-part=\"stale\""), std::string::npos); // no empty part drawn
    EXPECT_EQ(format_percent(0.5, interface_text("fr-FR")), "50\u202f%");
}

TEST(ReviewPage, EscapesContentAndCountsFindings) {
    ReviewReport report;
    report.language = "en";
    report.generated_on = "2026-11-24";
    report.target_locales = {"en-US"};
    ReportArticle article;
    article.id = "a";
    article.title = "Title <b>bold</b>";
    article.path = "content/a.xml";
    Finding finding;
    finding.rule_id = "spelling.unknown-word";
    finding.severity = Severity::error;
    finding.file = "content/a.xml";
    finding.message = "unknown word '<script>'";
    article.findings.push_back({finding, "Le <script> ici.", 3, 11});
    LocaleStatus status;
    status.publishable = true;
    status.coverage.total.words = 10;
    status.coverage.final_units.words = 10;
    article.locales["en-US"] = status;
    report.articles.push_back(article);
    const std::string page = render_review_page(report);
    EXPECT_EQ(page.find("<b>bold"), std::string::npos);
    EXPECT_EQ(page.find("<script>'"), std::string::npos);
    EXPECT_NE(page.find("Le <mark>&lt;script&gt;</mark> ici."), std::string::npos);
    EXPECT_NE(page.find("<dd data-count=\"error\">1</dd>"), std::string::npos);
    EXPECT_NE(page.find("<dd data-count=\"warning\">0</dd>"), std::string::npos);
    EXPECT_NE(page.find("data-publishable=\"1\" data-total=\"1\""), std::string::npos);
    EXPECT_NE(page.find("<html lang=\"en\">"), std::string::npos);
    report.language = "fr";
    EXPECT_NE(render_review_page(report).find("Rapport de relecture"), std::string::npos);
}

} // namespace
} // namespace medloc
