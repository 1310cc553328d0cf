// The one publishing decision: what export, report and coverage call publishable, and the
// reason given for each article that is not.
#include "approval/approval_record.h"
#include "loading/document_loader.h"
#include "publishing/publishing.h"
#include "test_support.h"
#include "translation/extractor.h"
#include "translation/xliff_reader.h"

#include <regex>

#include <gtest/gtest.h>

namespace medloc {
namespace {

class Publishing : public ::testing::Test {
protected:
    void SetUp() override {
        schema_.emplace(testing::article_schema());
        article_path_ = dir_.write("fievre.xml", testing::article_xml("fievre", kAnswer)).string();
        approve();
        xliff_path_ = (dir_.path() / "translations/en-US/fievre.xlf").string();
        Loaded loaded = load();
        auto extracted = extract_article(
            {&loaded.article, &*loaded.document.tree, "fr-FR", "en-US", xliff_path_, {}});
        ASSERT_TRUE(extracted) << extracted.error().message;
        // A translator's work: a final target for every unit.
        const std::regex segment(R"(<segment state="initial">(\s*)<source>([\s\S]*?)</source>)");
        write_xliff(std::regex_replace(
            testing::read_text(xliff_path_), segment,
            "<segment state=\"final\">$1<source>$2</source>$1<target>EN $2</target>"));
    }

    static constexpr const char* kAnswer =
        "<p id=\"intro\">Donnez <dose value=\"15\" unit=\"mg/kg\">15\u00A0mg/kg</dose> de "
        "<em>paracétamol</em>.</p>\n<list id=\"l\"><item id=\"l-1\">Buvez souvent.</item></list>";

    using Loaded = testing::LoadedArticleFile;
    Loaded load() { return testing::load_article_file(article_path_, *schema_); }

    void approve() {
        auto approved =
            prepare_approval(article_path_, *schema_, {}, {"Dr Claire Dubois", "2026-05-12"});
        ASSERT_TRUE(approved) << approved.error().message;
        dir_.write("fievre.xml", approved.value().content);
    }

    void edit_article(const std::string& from, const std::string& to) {
        std::string text = testing::read_text(article_path_);
        ASSERT_NE(text.find(from), std::string::npos) << from;
        text.replace(text.find(from), from.size(), to);
        dir_.write("fievre.xml", text);
    }

    void write_xliff(const std::string& text, const std::string& locale = "en-US") {
        dir_.write("translations/" + locale + "/fievre.xlf", text);
    }

    void edit_xliff(const std::string& from, const std::string& to) {
        std::string text = testing::read_text(xliff_path_);
        ASSERT_NE(text.find(from), std::string::npos) << from;
        text.replace(text.find(from), from.size(), to);
        write_xliff(text);
    }

    // The decision for `locale` with the XLIFF files of `chain` (the locale first).
    PublishingDecision decide(const std::string& locale, std::vector<std::string> chain = {},
                              std::optional<int> xliff_errors = 0,
                              std::optional<int> source_errors = 0) {
        Loaded loaded = load();
        if (chain.empty() && locale != "fr-FR")
            chain = {locale};
        std::vector<std::unique_ptr<XliffDocument>> documents;
        std::vector<TranslationFile> files;
        for (const std::string& member : chain) {
            TranslationFile file{member, "", false, nullptr, xliff_errors};
            if (member != "fr-FR") {
                file.path = (dir_.path() / "translations" / member / "fievre.xlf").string();
                file.exists = std::filesystem::exists(file.path);
                if (file.exists) {
                    XliffLoad xliff = load_xliff(file.path, {});
                    EXPECT_TRUE(xliff.document);
                    documents.push_back(
                        std::make_unique<XliffDocument>(std::move(*xliff.document)));
                    file.xliff = documents.back().get();
                }
            }
            files.push_back(std::move(file));
        }
        return decide_publishing({&loaded.article, &*loaded.document.tree, article_path_,
                                  source_errors, "fr-FR", locale, files});
    }

    static std::string reasons(const PublishingDecision& decision) {
        std::string text;
        for (const std::string& reason : decision.reasons)
            text += reason + "\n";
        return text;
    }

    testing::TempDir dir_;
    std::optional<XmlSchema> schema_;
    std::string article_path_;
    std::string xliff_path_;
};

TEST_F(Publishing, ApprovedAndFinallyTranslatedIsPublishable) {
    const PublishingDecision source = decide("fr-FR");
    EXPECT_TRUE(source.publishable) << reasons(source);
    EXPECT_EQ(source.approval.state, ApprovalState::current);
    const PublishingDecision english = decide("en-US");
    EXPECT_TRUE(english.publishable) << reasons(english);
    EXPECT_TRUE(english.fallbacks.empty());
}

TEST_F(Publishing, AnEditAfterTheApprovalTakesEveryLocaleOut) {
    edit_article("Buvez souvent.", "Buvez souvent. Prenez 10 comprimés par jour.");
    for (const std::string locale : {"fr-FR", "en-US"}) {
        const PublishingDecision decision = decide(locale);
        EXPECT_FALSE(decision.publishable);
        ASSERT_FALSE(decision.reasons.empty());
        EXPECT_EQ(decision.reasons.front(), "approval stale: the content changed after the medical "
                                            "review (block l-1 changed)");
    }
    // The unit of the changed block is stale too, by its source hash.
    EXPECT_NE(reasons(decide("en-US")).find("block l-1: stale"), std::string::npos);
    approve();
    EXPECT_TRUE(decide("fr-FR").publishable);
}

TEST_F(Publishing, NotApprovedOrWithoutDigest) {
    std::string text = testing::read_text(article_path_);
    const std::size_t review = text.find("<review");
    const std::size_t end = text.find("/>", review) + 2;
    dir_.write("fievre.xml",
               text.substr(0, review) + "<review status=\"draft\"/>" + text.substr(end));
    EXPECT_EQ(decide("fr-FR").reasons,
              std::vector<std::string>{"not approved (review status: draft)"});
    dir_.write("fievre.xml",
               text.substr(0, review) +
                   "<review status=\"approved\" reviewer=\"Dr A\" date=\"2026-01-01\"/>" +
                   text.substr(end));
    EXPECT_EQ(decide("fr-FR").reasons,
              std::vector<std::string>{
                  "the approval records no digest of the reviewed content (medloc approve)"});
}

TEST_F(Publishing, AFinalTargetThatCopiesTheSourceIsNotATranslation) {
    edit_xliff("<target>EN Buvez souvent.</target>", "<target>Buvez souvent.</target>");
    const PublishingDecision copied = decide("en-US");
    EXPECT_FALSE(copied.publishable);
    EXPECT_EQ(reasons(copied),
              "block l-1: the final target is a copy of the source text, not a translation\n");
    // translate="no" says the text is meant to stay as it is.
    edit_xliff("<unit id=\"l-1\">", "<unit id=\"l-1\" translate=\"no\">");
    EXPECT_TRUE(decide("en-US").publishable) << reasons(decide("en-US"));
}

TEST_F(Publishing, ErrorsInTheXliffAreTheReasonNotEveryBlock) {
    edit_xliff("<segment state=\"final\">\n        <source>Buvez",
               "<segment state=\"translated\">\n        <source>Buvez");
    const PublishingDecision decision = decide("en-US", {}, 2);
    EXPECT_EQ(reasons(decision),
              "2 error findings in " + xliff_path_ + "\nblock l-1: translated, not final\n");
    const PublishingDecision unchecked = decide("en-US", {}, std::nullopt, std::nullopt);
    EXPECT_FALSE(unchecked.findings_checked);
    EXPECT_EQ(reasons(unchecked), "block l-1: translated, not final\n");
}

TEST_F(Publishing, MissingFileAndFallbacks) {
    EXPECT_EQ(reasons(decide("de-DE")),
              "not translated: no " + (dir_.path() / "translations/de-DE/fievre.xlf").string() +
                  "\n");
    // en-GB has one unit not final: it comes from en-US.
    std::string british = testing::read_text(xliff_path_);
    const std::string from = "<segment state=\"final\">\n        <source>Buvez";
    british.replace(british.find(from), from.size(),
                    "<segment state=\"reviewed\">\n        <source>Buvez");
    write_xliff(british, "en-GB");
    const PublishingDecision decision = decide("en-GB", {"en-GB", "en-US"});
    EXPECT_TRUE(decision.publishable) << reasons(decision);
    ASSERT_EQ(decision.fallbacks.size(), 1u);
    EXPECT_EQ(decision.fallbacks[0], (std::pair<std::string, std::string>{"l-1", "en-US"}));
    // A fallback with error findings is not used.
    EXPECT_EQ(reasons(decide("en-GB", {"en-GB", "en-US"}, 1)),
              "1 error finding in " + (dir_.path() / "translations/en-GB/fievre.xlf").string() +
                  "\nblock l-1: reviewed, not final\n");
}

} // namespace
} // namespace medloc
