// Setting one unit's target in an XLIFF 2 file of translations/, keeping the rest.
#include "loading/document_loader.h"
#include "test_support.h"
#include "translation/coverage.h"
#include "translation/extractor.h"
#include "translation/unit_target.h"
#include "translation/xliff_reader.h"

#include <gtest/gtest.h>

namespace medloc {
namespace {

class UnitTarget : public ::testing::Test {
protected:
    void SetUp() override {
        schema_.emplace(testing::article_schema());
        article_ =
            dir.write("a.xml", testing::article_xml(
                                   "a", "<p id=\"p1\">Prenez <dose value=\"1\" "
                                        "unit=\"g\">1\u00A0g</dose>.</p><p id=\"p2\">Buvez.</p>"))
                .string();
        path_ = (dir.path() / "translations/en-US/a.xlf").string();
        document_ = load_xml_document(article_, {&*schema_, false, {}, "articles"});
        ASSERT_TRUE(document_.ok());
        article_model_ = build_article(document_.source, *document_.tree);
        ASSERT_TRUE(
            extract_article({&article_model_, &*document_.tree, "fr-FR", "en-US", path_, {}}));
    }

    BlockSource source(const std::string& id) {
        const Block* block = article_model_.find_block(id);
        for (std::size_t index : document_.tree->elements())
            if (document_.tree->node(index).begin == block->source_offset)
                return make_block_source(article_model_.source->content, *document_.tree, index);
        ADD_FAILURE() << id;
        return {};
    }

    testing::TempDir dir;
    std::optional<XmlSchema> schema_;
    std::string article_;
    std::string path_;
    LoadedDocument document_;
    Article article_model_;
};

TEST_F(UnitTarget, SetsTargetStateAndMetadataAndKeepsEverythingElse) {
    std::string content = testing::read_text(path_);
    const std::string note = "<notes><note>from the agency</note></notes>";
    content.replace(content.find("<segment", content.find("unit id=\"p2\"")), 0, note);
    UnitTargetEdit edit;
    edit.unit_id = "p1";
    edit.block_kind = "p";
    edit.source = source("p1");
    edit.target_content =
        "Take <pc id=\"1\" dataRefStart=\"d1\" dataRefEnd=\"d1e\" type=\"other\">1\u00A0g</pc>.";
    edit.state = TranslationState::final_state;
    edit.metadata["kit"] = "kit-20260528-0123456789ab";
    auto edited = set_unit_targets(path_, content, {edit});
    ASSERT_TRUE(edited) << edited.error().message;
    EXPECT_NE(edited.value().find(note), std::string::npos);
    XliffLoad load = load_xliff_text(path_, edited.value(), {});
    ASSERT_TRUE(load.document);
    EXPECT_TRUE(load.issues.empty());
    const XliffUnit* unit = load.document->find_unit("p1");
    ASSERT_NE(unit, nullptr);
    EXPECT_EQ(unit->target_text(), "Take 1\u00A0g.");
    EXPECT_EQ(unit->state(), TranslationState::final_state);
    EXPECT_EQ(unit->medloc_metadata.at("kit"), "kit-20260528-0123456789ab");
    EXPECT_FALSE(unit_is_stale(*unit, source("p1").hash));
    EXPECT_FALSE(load.document->find_unit("p2")->has_target());
}

TEST_F(UnitTarget, AStaleTargetIsInitialWithTheStaleSubStateAndItsStateKept) {
    UnitTargetEdit edit;
    edit.unit_id = "p2";
    edit.block_kind = "p";
    edit.source = source("p2");
    edit.target_content = "Drink.";
    edit.state = TranslationState::final_state;
    edit.stale = true;
    auto edited = set_unit_targets(path_, testing::read_text(path_), {edit});
    ASSERT_TRUE(edited);
    XliffLoad load = load_xliff_text(path_, edited.value(), {});
    const XliffUnit* unit = load.document->find_unit("p2");
    EXPECT_TRUE(unit_is_stale(*unit, source("p2").hash));
    EXPECT_EQ(unit->medloc_metadata.at("previous-state"), "final");
}

TEST_F(UnitTarget, AUnitTheFileLacksIsAddedWithTheCurrentSource) {
    std::string content = testing::read_text(path_);
    const auto begin = content.find("<unit id=\"p2\"");
    content.erase(begin, content.find("</unit>", begin) + 7 - begin);
    UnitTargetEdit edit;
    edit.unit_id = "p2";
    edit.block_kind = "p";
    edit.source = source("p2");
    edit.target_content = "Drink.";
    auto edited = set_unit_targets(path_, content, {edit});
    ASSERT_TRUE(edited);
    XliffLoad load = load_xliff_text(path_, edited.value(), {});
    const XliffUnit* unit = load.document->find_unit("p2");
    ASSERT_NE(unit, nullptr);
    EXPECT_EQ(unit->source_text(), "Buvez.");
    EXPECT_EQ(unit->state(), TranslationState::translated);
}

TEST_F(UnitTarget, NeverRewritesAFileThatIsNotXliff2) {
    UnitTargetEdit edit;
    edit.unit_id = "p2";
    edit.source = source("p2");
    edit.target_content = "Drink.";
    EXPECT_FALSE(set_unit_targets(path_, "<xliff version=\"1.2\"/>", {edit}));
    EXPECT_FALSE(set_unit_targets(path_, "not xml", {edit}));
}

} // namespace
} // namespace medloc
