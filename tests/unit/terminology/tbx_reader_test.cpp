#include "loading/xml_parser.h"
#include "loading/xml_schema.h"
#include "terminology/tbx_reader.h"
#include "test_support.h"

#include <gtest/gtest.h>

namespace medloc {
namespace {

const char* kTbx2019 = R"(<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="fr" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><titleStmt><title>t</title></titleStmt></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="c-ist">
      <descrip type="subjectField">infectiologie</descrip>
      <langSec xml:lang="fr">
        <descrip type="definition">Infection transmise lors de rapports sexuels.</descrip>
        <termSec><term>IST</term><termNote type="partOfSpeech">noun</termNote>
          <termNote type="termType">acronym</termNote>
          <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
        <termSec><term>MST</term>
          <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>
          <note>ancien sigle</note></termSec>
      </langSec>
      <langSec xml:lang="en"><termSec><term>STI</term>
        <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec></langSec>
    </conceptEntry>
  </body></text>
</tbx>
)";

const char* kTbx2008 = R"(<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
<martif type="TBX-Basic" xml:lang="en">
  <martifHeader><fileDesc><sourceDesc><p>t</p></sourceDesc></fileDesc></martifHeader>
  <text><body>
    <termEntry id="c-ist">
      <descrip type="subjectField">infectiologie</descrip>
      <langSet xml:lang="fr">
        <descripGrp><descrip type="definition">Infection transmise lors de rapports sexuels.</descrip></descripGrp>
        <tig><term>IST</term><termNote type="partOfSpeech">noun</termNote>
          <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
        <ntig><termGrp><term>MST</term>
          <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termGrp></ntig>
      </langSet>
    </termEntry>
  </body></text>
</martif>
)";

class TbxReader : public ::testing::Test {
protected:
    void SetUp() override { initialise_secure_xml(); }
    TermbaseLoad load(const std::string& content) {
        return load_termbase(dir.write("t.tbx", content).string(), nullptr, {});
    }
    testing::TempDir dir;
};

TEST_F(TbxReader, ReadsTheTwoThousandNineteenForm) {
    const TermbaseLoad load = this->load(kTbx2019);
    ASSERT_TRUE(load.termbase);
    EXPECT_TRUE(load.issues.empty());
    const Termbase& termbase = *load.termbase;
    ASSERT_EQ(termbase.concepts.size(), 1u);
    const Concept& ist = termbase.concepts[0];
    EXPECT_EQ(ist.id, "c-ist");
    EXPECT_EQ(ist.subject_field, "infectiologie");
    ASSERT_EQ(ist.languages.size(), 2u);
    EXPECT_EQ(ist.languages[0].definition, "Infection transmise lors de rapports sexuels.");
    ASSERT_EQ(ist.languages[0].terms.size(), 2u);
    EXPECT_EQ(ist.languages[0].terms[0].text, "IST");
    EXPECT_EQ(ist.languages[0].terms[0].term_type, "acronym");
    EXPECT_EQ(ist.languages[0].terms[0].part_of_speech, "noun");
    EXPECT_EQ(ist.languages[0].terms[1].status, TermStatus::deprecated);
    EXPECT_EQ(ist.languages[0].terms[1].note, "ancien sigle");
    EXPECT_EQ(termbase.terms_for(ist, "fr-CA").size(), 2u);
    EXPECT_EQ(termbase.terms_for(ist, "en-US").size(), 1u);
}

TEST_F(TbxReader, ReadsTheTwoThousandEightFormWithGroupsAndADoctype) {
    const TermbaseLoad load = this->load(kTbx2008);
    ASSERT_TRUE(load.termbase);
    EXPECT_TRUE(load.issues.empty()) << load.issues.front().message;
    const Concept& ist = load.termbase->concepts.at(0);
    EXPECT_EQ(ist.languages.at(0).definition, "Infection transmise lors de rapports sexuels.");
    ASSERT_EQ(ist.languages.at(0).terms.size(), 2u);
    EXPECT_EQ(ist.languages[0].terms[1].text, "MST");
    EXPECT_EQ(ist.languages[0].terms[1].status, TermStatus::deprecated);
}

TEST_F(TbxReader, MalformedTermbaseGivesAPositionedIssue) {
    std::string broken = kTbx2019;
    broken.erase(broken.find("</termSec>"), 10);
    const TermbaseLoad load = this->load(broken);
    EXPECT_FALSE(load.termbase);
    ASSERT_FALSE(load.issues.empty());
    EXPECT_EQ(load.issues[0].kind, LoadIssueKind::not_well_formed);
    EXPECT_GT(load.issues[0].position.line, 5);
}

TEST_F(TbxReader, StructuralProblemsAreIssuesNotCrashes) {
    std::string odd = kTbx2019;
    odd.replace(odd.find(" id=\"c-ist\""), 11, "");
    odd.replace(odd.find("deprecatedTerm-admn-sts"), 23, "obsoleteTerm");
    const TermbaseLoad load = this->load(odd);
    ASSERT_TRUE(load.termbase);
    ASSERT_EQ(load.issues.size(), 2u);
    EXPECT_NE(load.issues[0].message.find("without an id"), std::string::npos);
    EXPECT_NE(load.issues[1].message.find("unknown administrative status 'obsoleteTerm'"),
              std::string::npos);
    EXPECT_EQ(load.issues[1].position.line, 13); // the termNote
}

TEST_F(TbxReader, OtherXmlIsNotATermbase) {
    const TermbaseLoad load = this->load("<glossary><entry/></glossary>");
    EXPECT_FALSE(load.termbase);
    ASSERT_EQ(load.issues.size(), 1u);
    EXPECT_NE(load.issues[0].message.find("not a TBX termbase"), std::string::npos);
}

TEST(LocaleApplies, LanguageSectionsApplyToTheirRegions) {
    EXPECT_TRUE(locale_applies("fr", "fr-FR"));
    EXPECT_TRUE(locale_applies("fr-FR", "fr_fr"));
    EXPECT_FALSE(locale_applies("fr-CA", "fr-FR"));
    EXPECT_FALSE(locale_applies("fr", "frr"));
}

} // namespace
} // namespace medloc

namespace medloc {
namespace {

// A real TBX 2008 file (Okapi test resources, Apache-2.0), with a DOCTYPE naming a DTD
// that is not there and must not be fetched.
TEST(RealTbx, MedtronicTermbaseIn2008Form) {
    initialise_secure_xml();
    const TermbaseLoad load = load_termbase(
        (testing::source_dir() / "tests/fixtures/terminology/okapi-medtronic-2008.tbx").string(),
        nullptr, {});
    ASSERT_TRUE(load.termbase);
    EXPECT_TRUE(load.issues.empty()) << load.issues.front().message;
    const Termbase& termbase = *load.termbase;
    ASSERT_EQ(termbase.concepts.size(), 3u);
    const Concept* patient = termbase.find("c7331");
    ASSERT_NE(patient, nullptr);
    const auto french = termbase.terms_for(*patient, "fr-FR");
    ASSERT_EQ(french.size(), 1u);
    EXPECT_EQ(french[0]->text, "identifiant patient");
}

TEST(RealTbx, ProjectTermbaseIsValidAgainstItsSchema) {
    initialise_secure_xml();
    auto schema = XmlSchema::compile((testing::source_dir() / "schemas/tbx-basic.xsd").string());
    ASSERT_TRUE(schema) << schema.error().message;
    const TermbaseLoad load = load_termbase(
        (testing::source_dir() / "terminology/termbase.tbx").string(), &schema.value(), {});
    ASSERT_TRUE(load.termbase);
    EXPECT_TRUE(load.issues.empty()) << load.issues.front().message;
    EXPECT_GE(load.termbase->concepts.size(), 40u);
    for (const Concept& entry : load.termbase->concepts) {
        EXPECT_FALSE(load.termbase->terms_for(entry, "fr-FR").empty()) << entry.id;
        EXPECT_FALSE(load.termbase->terms_for(entry, "en-US").empty()) << entry.id;
    }
}

} // namespace
} // namespace medloc
