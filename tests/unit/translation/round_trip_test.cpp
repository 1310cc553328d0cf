// extract -> translate -> merge, and what happens when the source changes after approval.
#include "loading/document_loader.h"
#include "test_support.h"
#include "translation/coverage.h"
#include "translation/extractor.h"
#include "translation/merger.h"
#include "translation/xliff_reader.h"

#include <regex>

#include <gtest/gtest.h>

namespace medloc {
namespace {

class RoundTrip : public ::testing::Test {
protected:
    void SetUp() override {
        schema_.emplace(testing::article_schema());
        article_path_ =
            dir.write("fievre.xml", testing::article_xml(
                                        "fievre", "<p id=\"intro\">Donnez <dose value=\"15\" "
                                                  "unit=\"mg/kg\">15\u00A0mg/kg</dose> de "
                                                  "<em>paracétamol</em>.</p>\n<list id=\"l\"><item "
                                                  "id=\"l-1\">Buvez.</item></list>"))
                .string();
        xliff_path_ = (dir.path() / "translations/en-US/fievre.xlf").string();
    }

    using Loaded = testing::LoadedArticleFile;
    Loaded load() { return testing::load_article_file(article_path_, *schema_); }

    ExtractStats extract() {
        Loaded loaded = load();
        auto stats = extract_article(
            {&loaded.article, &*loaded.document.tree, "fr-FR", "en-US", xliff_path_, {}});
        EXPECT_TRUE(stats) << (stats ? "" : stats.error().message);
        return stats ? stats.value() : ExtractStats{};
    }

    XliffDocument xliff() {
        XliffLoad load = load_xliff(xliff_path_, {});
        EXPECT_TRUE(load.issues.empty());
        return std::move(*load.document);
    }

    ArticleCoverage coverage() {
        Loaded loaded = load();
        XliffDocument document = xliff();
        return measure_coverage(
            {&loaded.article, &*loaded.document.tree}, &document, "en-US",
            [](const std::string& text) { return static_cast<long>(text.size() > 0); });
    }

    MergeOutcome merge() {
        Loaded loaded = load();
        XliffDocument document = xliff();
        MergeRequest request{&loaded.article,
                             &*loaded.document.tree,
                             &document,
                             "en-US",
                             (dir.path() / "localized/en-US/fievre.xml").string(),
                             &*schema_};
        auto outcome = merge_article(request);
        EXPECT_TRUE(outcome) << (outcome ? "" : outcome.error().message);
        return outcome ? outcome.value() : MergeOutcome{};
    }

    // A translator's work: a final target for every unit, the codes kept.
    void translate_everything() {
        std::string text = testing::read_text(xliff_path_);
        const std::regex segment(R"(<segment state="initial">(\s*)<source>([\s\S]*?)</source>)");
        text = std::regex_replace(
            text, segment,
            "<segment state=\"final\">$1<source>$2</source>$1<target>EN $2</target>");
        dir.write("translations/en-US/fievre.xlf", text);
    }

    testing::TempDir dir;
    std::optional<XmlSchema> schema_;
    std::string article_path_;
    std::string xliff_path_;
};

TEST_F(RoundTrip, ExtractWritesOneUnitPerBlockAndIsIdempotent) {
    const ExtractStats first = extract();
    EXPECT_EQ(first.added, 4); // title, q, intro, l-1
    const std::string written = testing::read_text(xliff_path_);
    EXPECT_NE(written.find("<pc id=\"1\" dataRefStart=\"d1\" dataRefEnd=\"d1e\" "
                           "type=\"other\">15\u00A0mg/kg</pc>"),
              std::string::npos);
    EXPECT_NE(written.find("&lt;dose value=\"15\" unit=\"mg/kg\"&gt;"), std::string::npos);
    const ExtractStats second = extract();
    EXPECT_EQ(second.unchanged, 4);
    EXPECT_EQ(testing::read_text(xliff_path_), written);

    // The file is valid against medloc's schema of the XLIFF 2.1 subset it writes.
    auto subset =
        XmlSchema::compile((testing::source_dir() / "schemas/xliff-2-medloc.xsd").string());
    ASSERT_TRUE(subset) << subset.error().message;
    LoadedDocument loaded =
        load_xml_document(xliff_path_, {&subset.value(), true, {}, "XLIFF files"});
    EXPECT_TRUE(loaded.ok()) << (loaded.issues.empty() ? "" : loaded.issues[0].message);
}

TEST_F(RoundTrip, ApprovedTranslationsMergeIntoAValidArticleWithItsMarkup) {
    extract();
    EXPECT_EQ(coverage().missing.units, 4);
    translate_everything();
    const ArticleCoverage full = coverage();
    EXPECT_EQ(full.final_units.units, 4);
    EXPECT_DOUBLE_EQ(full.approved_share(), 1.0);
    EXPECT_TRUE(full.not_approved.empty());
    const MergeOutcome outcome = merge();
    ASSERT_TRUE(outcome.written);
    const std::string merged = testing::read_text(dir.path() / "localized/en-US/fievre.xml");
    EXPECT_NE(merged.find("xml:lang=\"en-US\""), std::string::npos);
    EXPECT_NE(merged.find("<p id=\"intro\">EN Donnez <dose value=\"15\" "
                          "unit=\"mg/kg\">15\u00A0mg/kg</dose> de <em>paracétamol</em>.</p>"),
              std::string::npos)
        << merged;
}

TEST_F(RoundTrip, SourceChangedAfterApprovalMakesTheUnitStale) {
    extract();
    translate_everything();
    std::string article = testing::read_text(article_path_);
    article.replace(article.find("Buvez."), 6, "Buvez souvent.");
    dir.write("fievre.xml", article);

    // Before extract runs again, coverage already sees the changed source by its hash.
    EXPECT_EQ(coverage().stale.units, 1);
    const ExtractStats stats = extract();
    EXPECT_EQ(stats.stale, 1);
    EXPECT_EQ(stats.unchanged, 3);
    const XliffDocument document = xliff();
    const XliffUnit* unit = document.find_unit("l-1");
    ASSERT_NE(unit, nullptr);
    EXPECT_EQ(unit->state(), TranslationState::initial);
    EXPECT_TRUE(unit->has_sub_state("medloc:stale"));
    EXPECT_EQ(unit->medloc_metadata.at("previous-state"), "final");
    EXPECT_EQ(unit->target_text(), "EN Buvez."); // the translation is kept for review

    const ArticleCoverage after = coverage();
    EXPECT_EQ(after.stale.units, 1);
    EXPECT_LT(after.approved_share(), 1.0);
    EXPECT_EQ(after.not_approved, std::vector<std::string>{"l-1"});
    const MergeOutcome outcome = merge();
    EXPECT_FALSE(outcome.written);
    ASSERT_EQ(outcome.missing.size(), 1u);
    EXPECT_NE(outcome.missing[0].find("l-1: stale"), std::string::npos);
}

TEST_F(RoundTrip, KeepsWhatOtherToolsPutInTheFile) {
    extract();
    std::string text = testing::read_text(xliff_path_);
    // A CAT tool adds its own metadata, a note, an attribute of its namespace, a target.
    text.replace(text.find("<xliff "), 7, "<xliff xmlns:cat=\"urn:example:cat\" ");
    text.replace(text.find("<unit id=\"q\">"), 14,
                 "<unit id=\"q\" cat:reviewer=\"Anne\"><cat:memory match=\"98\"/>"
                 "<notes><note>Vérifier la question.</note></notes>");
    dir.write("translations/en-US/fievre.xlf", text);
    std::string article = testing::read_text(article_path_);
    article.replace(article.find("Buvez."), 6, "Buvez de l’eau.");
    dir.write("fievre.xml", article);
    const ExtractStats stats = extract();
    EXPECT_EQ(stats.updated, 1);
    const std::string rewritten = testing::read_text(xliff_path_);
    EXPECT_NE(rewritten.find("cat:reviewer=\"Anne\""), std::string::npos) << rewritten;
    EXPECT_NE(rewritten.find("<cat:memory match=\"98\"/>"), std::string::npos);
    EXPECT_NE(rewritten.find("<note>Vérifier la question.</note>"), std::string::npos);
    EXPECT_NE(rewritten.find("Buvez de l’eau."), std::string::npos);
}

TEST_F(RoundTrip, KeepsMedlocMetadataWhereTheFileBindsItsNamespaceToAnotherPrefix) {
    // Another tool rewrote the file: the metadata namespace is bound to "m", and "mda" to a
    // namespace of its own. extract used to write mda:… there, which did not parse, and
    // dropped the unit's metadata (its source hash) without a word.
    extract();
    std::string text = testing::read_text(xliff_path_);
    for (std::size_t at = text.find("mda:"); at != std::string::npos; at = text.find("mda:", at))
        text.replace(at, 4, "m:");
    text.replace(text.find("xmlns:mda="), 10, "xmlns:mda=\"urn:example:other\" xmlns:m=");
    dir.write("translations/en-US/fievre.xlf", text);
    ASSERT_EQ(text.find("mda:meta"), std::string::npos) << text;

    std::string article = testing::read_text(article_path_);
    article.replace(article.find("Buvez."), 6, "Buvez de l’eau.");
    dir.write("fievre.xml", article);
    article.replace(article.find("<p id=\"intro\">"), 14,
                    "<p id=\"new\">Nouveau.</p><p id=\"intro\">");
    dir.write("fievre.xml", article);
    const ExtractStats stats = extract();
    EXPECT_EQ(stats.updated, 1);
    EXPECT_EQ(stats.added, 1);
    const XliffDocument document = xliff();
    for (const char* id : {"l-1", "new", "intro"}) {
        const XliffUnit* unit = document.find_unit(id);
        ASSERT_NE(unit, nullptr) << id;
        EXPECT_EQ(unit->medloc_metadata.count("source-hash"), 1u) << id;
        EXPECT_EQ(unit->medloc_metadata.count("block"), 1u) << id;
    }
    // Written in the metadata namespace, through the file's own prefix, and read back the
    // same: a third run finds nothing changed.
    const std::string rewritten = testing::read_text(xliff_path_);
    EXPECT_NE(rewritten.find("<m:meta type=\"source-hash\">"), std::string::npos) << rewritten;
    EXPECT_EQ(rewritten.find("<mda:meta"), std::string::npos) << rewritten;
    const ExtractStats third = extract();
    EXPECT_EQ(third.unchanged, 5);
    EXPECT_EQ(third.updated + third.added + third.stale, 0);
}

TEST_F(RoundTrip, NeverOverwritesAFileThatIsNotXliff) {
    dir.write("translations/en-US/fievre.xlf", "<notes>mine</notes>");
    Loaded loaded = load();
    auto stats = extract_article(
        {&loaded.article, &*loaded.document.tree, "fr-FR", "en-US", xliff_path_, {}});
    EXPECT_FALSE(stats);
    EXPECT_EQ(testing::read_text(xliff_path_), "<notes>mine</notes>");
}

} // namespace
} // namespace medloc
