#include "checks/check_context.h"
#include "checks/rule_registry.h"
#include "loading/xml_parser.h"
#include "test_support.h"
#include "translation/bilingual.h"
#include "translation/extractor.h"
#include "translation/xliff_reader.h"

#include <gtest/gtest.h>

namespace medloc {
namespace {

class XliffReaderTest : public ::testing::Test {
protected:
    void SetUp() override { initialise_secure_xml(); }
    XliffLoad load(const std::string& content) {
        return load_xliff(dir.write("t.xlf", content).string(), {});
    }
    testing::TempDir dir;
};

TEST_F(XliffReaderTest, ReadsXliff2UnitsSegmentsStatesAndMetadata) {
    const XliffLoad load = this->load(R"(<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0"
       version="2.1" srcLang="fr-FR" trgLang="en-US">
  <file id="f1" original="content/a.xml">
    <group id="g">
      <unit id="q">
        <mda:metadata><mda:metaGroup category="medloc"><mda:meta type="source-hash">abc</mda:meta></mda:metaGroup></mda:metadata>
        <notes><note>Relire la dose.</note></notes>
        <segment id="s1" state="final"><source>Prenez <pc id="1">2,5<cp hex="00A0"/>mg</pc>.</source><target>Take <pc id="1">2.5 mg</pc>.</target></segment>
        <ignorable><source> </source></ignorable>
        <segment id="s2" state="translated" subState="medloc:stale"><source>Bien.</source><target>Good.</target></segment>
      </unit>
    </group>
    <unit id="p"><segment><source>Texte</source></segment></unit>
  </file>
</xliff>
)");
    ASSERT_TRUE(load.document);
    EXPECT_TRUE(load.issues.empty()) << load.issues.front().message;
    const XliffDocument& document = *load.document;
    EXPECT_EQ(document.version, "2.1");
    EXPECT_EQ(document.source_locale, "fr-FR");
    EXPECT_EQ(document.target_locale, "en-US");
    ASSERT_EQ(document.units.size(), 2u);
    const XliffUnit& q = document.units[0];
    EXPECT_EQ(q.medloc_metadata.at("source-hash"), "abc");
    EXPECT_EQ(q.notes, std::vector<std::string>{"Relire la dose."});
    ASSERT_EQ(q.segments.size(), 3u);
    EXPECT_EQ(q.segments[0].source.text.text(), "Prenez 2,5\u00A0mg.");
    EXPECT_EQ(q.segments[0].source.spans.at(0).element, "pc");
    EXPECT_EQ(q.segments[0].target->text.text(), "Take 2.5 mg.");
    EXPECT_TRUE(q.segments[1].ignorable);
    EXPECT_EQ(q.state(), TranslationState::translated); // the least advanced segment
    EXPECT_TRUE(q.has_sub_state("medloc:stale"));
    EXPECT_TRUE(q.has_target());
    EXPECT_FALSE(document.units[1].has_target());
}

TEST_F(XliffReaderTest, ReadsXliff12TransUnitsAndMapsStates) {
    const XliffLoad load = this->load(R"(<?xml version="1.0"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="a.xml" source-language="en-US" target-language="fr-FR" datatype="xml">
    <body>
      <trans-unit id="1" approved="yes"><source>Take <ph id="1">&lt;br/&gt;</ph>two tablets.</source><target>Prenez <ph id="1">&lt;br/&gt;</ph>deux comprimés.</target></trans-unit>
      <group><trans-unit id="2"><source>Hello</source><target state="needs-review-translation">Bonjour</target></trans-unit></group>
      <trans-unit id="3"><source>New</source></trans-unit>
    </body>
  </file>
</xliff>
)");
    ASSERT_TRUE(load.document);
    EXPECT_TRUE(load.issues.empty());
    const XliffDocument& document = *load.document;
    EXPECT_EQ(document.source_locale, "en-US");
    EXPECT_EQ(document.target_locale, "fr-FR");
    ASSERT_EQ(document.units.size(), 3u);
    // <ph> holds native code in XLIFF 1.2, not text.
    EXPECT_EQ(document.units[0].source_text(), "Take two tablets.");
    EXPECT_EQ(document.units[0].state(), TranslationState::final_state);
    EXPECT_EQ(document.units[1].state(), TranslationState::translated);
    EXPECT_EQ(document.units[2].state(), TranslationState::initial);
}

TEST_F(XliffReaderTest, ReportsWhatTheSpecificationForbidsWithPositions) {
    const XliffLoad load =
        this->load(R"(<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1">
  <file id="f">
    <unit id="u"><segment state="done"><source>a</source><target>b</target></segment></unit>
    <unit id="u"><segment subState="x"><source>a</source></segment></unit>
  </file>
</xliff>)");
    ASSERT_TRUE(load.document);
    std::vector<std::string> messages;
    for (const LoadIssue& issue : load.issues)
        messages.push_back(std::to_string(issue.position.line) + ": " + issue.message);
    EXPECT_EQ(messages,
              (std::vector<std::string>{
                  "1: <xliff> has no srcLang attribute",
                  "3: unknown segment state 'done' (initial, translated, reviewed, final)",
                  "4: subState 'x' without a state",
                  "4: subState 'x' must be prefix:value",
                  "4: duplicate unit id 'u' in file 'f'",
                  "1: targets are present but <xliff> has no trgLang attribute",
              }));
}

TEST_F(XliffReaderTest, OtherXmlIsNotXliff) {
    const XliffLoad load = this->load("<xliff version=\"2.1\"/>");
    EXPECT_FALSE(load.document);
    ASSERT_EQ(load.issues.size(), 1u);
    EXPECT_NE(load.issues[0].message.find("not an XLIFF file"), std::string::npos);
}

// Translation rules run on what the reader gives, valid or not: a <pc> without an id
// enclosing another code once crashed the inline-code rule (found by the XLIFF fuzzer,
// fuzz/regressions/xliff/pc-without-id.xlf).
TEST_F(XliffReaderTest, TranslationRulesSurviveCodesWithoutIds) {
    const XliffLoad load = this->load(R"(<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0"
 version="2.1" srcLang="en" trgLang="fr"><file id="f"><unit id="u"><segment>
<source><pc>a <ph id="2"/></pc></source><target><pc>b <ph id="2"/></pc></target>
</segment></unit></file></xliff>)");
    ASSERT_TRUE(load.document);
    const BilingualDocument bilingual = make_bilingual(XliffDocument(*load.document));
    const RuleServices services;
    CheckContext context(services);
    FindingList findings;
    FindingSink sink(findings);
    for (const auto& rule : builtin_rules().rules())
        rule->check_bilingual(bilingual, context, sink);
    sink.flush();
    // Near miss on the same codes: the same structure in both is no finding of the rule.
    EXPECT_TRUE(std::none_of(findings.begin(), findings.end(), [](const Finding& finding) {
        return finding.rule_id == "translation.inline-codes";
    }));
}

} // namespace
} // namespace medloc

namespace medloc {
namespace {

TEST(Xliff12Metadata, MedlocsExtradataReadsBackAndOthersIsIgnored) {
    const std::map<std::string, std::string> meta = {{"block", "p"}, {"source-hash", "sha256:ab"}};
    const std::string written = write_xliff12_metadata(meta);
    EXPECT_EQ(written, "medloc:block=p;source-hash=sha256:ab");
    EXPECT_EQ(read_xliff12_metadata(written), meta);
    EXPECT_TRUE(read_xliff12_metadata("another tool's data").empty());
}

TEST(Xliff12Reader, StaleMarkAndMetadataFromExtradata) {
    const std::string xliff =
        "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.2\"><file "
        "original=\"a.xml\" source-language=\"fr-FR\" target-language=\"en-US\" "
        "datatype=\"xml\"><body><trans-unit id=\"t\" extradata=\"medloc:block=title;"
        "previous-state=final;source-hash=sha256:1\"><source>Un <g id=\"1\">deux</g></source>"
        "<target state=\"needs-review-translation\" state-qualifier=\"x-medloc-stale\">One "
        "<g id=\"1\">two</g></target></trans-unit><trans-unit id=\"u\"><source>x</source>"
        "<target state=\"needs-review-translation\">y</target></trans-unit></body></file>"
        "</xliff>";
    const XliffLoad load = load_xliff_text("a.xlf", xliff, ReadLimits{});
    ASSERT_TRUE(load.document);
    ASSERT_EQ(load.document->units.size(), 2u);
    const XliffUnit& stale = load.document->units[0];
    EXPECT_EQ(stale.medloc_metadata.at("source-hash"), "sha256:1");
    EXPECT_EQ(stale.medloc_metadata.at("previous-state"), "final");
    EXPECT_TRUE(stale.has_sub_state(kStaleSubState));
    EXPECT_EQ(stale.state(), TranslationState::initial);
    const XliffUnit& review = load.document->units[1];
    EXPECT_FALSE(review.has_sub_state(kStaleSubState)); // a tool's own review state
    EXPECT_EQ(review.state(), TranslationState::translated);
}

} // namespace
} // namespace medloc
