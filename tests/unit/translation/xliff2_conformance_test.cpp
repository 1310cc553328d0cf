// XLIFF 2 validity: the OASIS XLIFF 2.2 core conformance files (tests/fixtures/xliff-oasis-2.2,
// OASIS IPR Policy; see its README) and small cases for each processing requirement that
// medloc checks in code (xliff2_constraints.cpp), with their positions.
#include "language/language_tag.h"
#include "loading/xml_parser.h"
#include "test_support.h"
#include "translation/xliff_reader.h"

#include <filesystem>

#include <gtest/gtest.h>

namespace medloc {
namespace {

namespace fs = std::filesystem;

class Xliff2Validity : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        initialise_secure_xml();
        const fs::path schemas = testing::source_dir() / "schemas";
        auto v20 = XmlSchema::compile((schemas / "xliff-2.0/xliff-modules.xsd").string(), 1);
        auto v22 = XmlSchema::compile((schemas / "xliff-2.2/xliff-modules.xsd").string(), 1);
        ASSERT_TRUE(v20) << v20.error().message;
        ASSERT_TRUE(v22) << v22.error().message;
        schema_2_0_ = new XmlSchema(std::move(v20).value());
        schema_2_2_ = new XmlSchema(std::move(v22).value());
    }
    static void TearDownTestSuite() {
        delete schema_2_0_;
        delete schema_2_2_;
    }

    static XliffLoad load(const fs::path& path) {
        return load_xliff(path.string(), {}, {schema_2_0_, schema_2_2_});
    }

    // Loads an XLIFF 2.1 file with one unit of `unit_content` (on line 4).
    XliffLoad load_unit(const std::string& unit_content) {
        const fs::path path = directory_.write(
            "case.xlf", "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" "
                        "srcLang=\"en\" trgLang=\"fr\">\n<file id=\"f1\">\n<unit id=\"u1\">\n" +
                            unit_content + "\n</unit>\n</file>\n</xliff>\n");
        return load(path);
    }

    testing::TempDir directory_;

    static std::string messages(const XliffLoad& load) {
        std::string all;
        for (const LoadIssue& issue : load.issues)
            all += std::to_string(issue.position.line) + ":" +
                   std::to_string(issue.position.column) + " " + issue.message + "\n";
        return all;
    }

    static XmlSchema* schema_2_0_;
    static XmlSchema* schema_2_2_;
};

XmlSchema* Xliff2Validity::schema_2_0_ = nullptr;
XmlSchema* Xliff2Validity::schema_2_2_ = nullptr;

std::vector<fs::path> files_in(const fs::path& folder) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(folder))
        if (entry.path().extension() == ".xlf")
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

const fs::path kSuite = "tests/fixtures/xliff-oasis-2.2";

TEST_F(Xliff2Validity, EveryValidConformanceFileIsReadWithoutAnIssue) {
    const auto files = files_in(testing::source_dir() / kSuite / "valid");
    ASSERT_EQ(files.size(), 25u);
    for (const fs::path& file : files) {
        const XliffLoad result = load(file);
        EXPECT_TRUE(result.document) << file.filename();
        EXPECT_TRUE(result.issues.empty()) << file.filename() << ":\n" << messages(result);
    }
}

TEST_F(Xliff2Validity, EveryInvalidConformanceFileIsRejectedWithAPositionedReason) {
    const auto files = files_in(testing::source_dir() / kSuite / "invalid");
    ASSERT_EQ(files.size(), 119u);
    for (const fs::path& file : files) {
        const XliffLoad result = load(file);
        ASSERT_FALSE(result.issues.empty()) << file.filename() << " was accepted";
        for (const LoadIssue& issue : result.issues) {
            EXPECT_GT(issue.position.line, 0) << file.filename() << ": " << issue.message;
            EXPECT_FALSE(issue.message.empty()) << file.filename();
        }
    }
}

TEST_F(Xliff2Validity, PairedCodesThatMatchAreValid) {
    const XliffLoad result = load_unit(
        "<originalData><data id=\"d1\">&lt;b&gt;</data><data id=\"d2\">&lt;/b&gt;</data>"
        "</originalData>\n<segment id=\"s1\" state=\"translated\"><source><sc id=\"1\" "
        "dataRef=\"d1\" canCopy=\"no\"/>Bold<ec startRef=\"1\" dataRef=\"d2\" canCopy=\"no\"/> "
        "<ph id=\"2\" canReorder=\"firstNo\" canCopy=\"no\" canDelete=\"no\"/><ph id=\"3\" "
        "canReorder=\"no\" canCopy=\"no\" canDelete=\"no\"/></source>\n<target><sc id=\"1\" "
        "dataRef=\"d1\" canCopy=\"no\"/>Gras<ec startRef=\"1\" dataRef=\"d2\" canCopy=\"no\"/> "
        "<ph id=\"2\" canReorder=\"firstNo\" canCopy=\"no\" canDelete=\"no\"/><ph id=\"3\" "
        "canReorder=\"no\" canCopy=\"no\" canDelete=\"no\"/></target></segment>");
    EXPECT_EQ(messages(result), "");
}

TEST_F(Xliff2Validity, FormatStyleOnAClosingEcIsReportedAndOnAnIsolatedOneIsValid) {
    const std::string fs = " xmlns:fs=\"urn:oasis:names:tc:xliff:fs:2.0\" fs:fs=\"b\"";
    const XliffLoad closing = load_unit("<segment><source><sc id=\"1\"/>a</source></segment>"
                                        "<segment><source><ec startRef=\"1\"" +
                                        fs + "/>b</source></segment>");
    EXPECT_EQ(messages(closing), "4:67 Format Style attributes on an <ec> that is not isolated: "
                                 "they belong on its <sc>\n");
    // Near miss: an isolated <ec> has no <sc> in the unit to carry its format.
    const XliffLoad isolated =
        load_unit("<segment><source>a<ec id=\"1\" isolated=\"yes\"" + fs + "/></source></segment>");
    EXPECT_EQ(messages(isolated), "");
}

TEST_F(Xliff2Validity, AnEndCodeBeforeItsStartIsReportedAtTheEndCode) {
    const XliffLoad result =
        load_unit("<segment><source><ec startRef=\"1\"/>text<sc id=\"1\"/></source></segment>");
    EXPECT_EQ(messages(result), "4:18 <ec startRef='1'> comes before its <sc>\n");
}

TEST_F(Xliff2Validity, ADataRefToNothingIsReportedAtTheAttribute) {
    const XliffLoad result =
        load_unit("<segment><source><ph id=\"1\" dataRef=\"d9\"/></source></segment>");
    EXPECT_EQ(messages(result), "4:29 dataRef 'd9' names no <data> in the unit's <originalData>\n");
}

TEST_F(Xliff2Validity, ReorderingAFixedSequenceInTheTargetIsReported) {
    const std::string fixed = " canReorder=\"no\" canCopy=\"no\" canDelete=\"no\"/>";
    const std::string first = " canReorder=\"firstNo\" canCopy=\"no\" canDelete=\"no\"/>";
    const XliffLoad result =
        load_unit("<segment><source><ph id=\"1\"" + first + "<ph id=\"2\"" + fixed +
                  "<ph id=\"3\"/>"
                  "</source><target><ph id=\"1\"" +
                  first + "<ph id=\"3\"/><ph id=\"2\"" + fixed + "</target></segment>");
    EXPECT_NE(messages(result).find("reorders codes that cannot be reordered"), std::string::npos)
        << messages(result);
}

TEST_F(Xliff2Validity, ACodeThatCannotBeDeletedMustStayInTheTarget) {
    const XliffLoad kept = load_unit("<segment><source><ph id=\"1\" canDelete=\"no\"/>a</source>"
                                     "<target><ph id=\"1\" canDelete=\"no\"/>b</target></segment>");
    EXPECT_EQ(messages(kept), "");
    const XliffLoad lost = load_unit("<segment><source><ph id=\"1\" canDelete=\"no\"/>a</source>"
                                     "<target>b</target></segment>");
    EXPECT_EQ(messages(lost), "4:18 <ph> has canDelete='no' but is missing from the target\n");
    // An untranslated segment keeps nothing yet: no finding.
    const XliffLoad untranslated =
        load_unit("<segment><source><ph id=\"1\" canDelete=\"no\"/>a</source></segment>");
    EXPECT_EQ(messages(untranslated), "");
}

TEST_F(Xliff2Validity, CommentAnnotationsNeedOneOfValueAndRefAndRefsResolve) {
    EXPECT_EQ(messages(load_unit("<notes><note id=\"n1\">x</note></notes><segment><source>"
                                 "<mrk id=\"m1\" type=\"comment\" ref=\"#n=n1\">a</mrk></source>"
                                 "</segment>")),
              "");
    EXPECT_NE(messages(load_unit("<segment><source><mrk id=\"m1\" type=\"comment\" value=\"v\" "
                                 "ref=\"#n=n1\">a</mrk></source></segment>"))
                  .find("either a value or a ref, not both"),
              std::string::npos);
    EXPECT_NE(messages(load_unit("<segment><source><mrk id=\"m1\" type=\"comment\" "
                                 "ref=\"#n=n2\">a</mrk></source></segment>"))
                  .find("no note 'n2'"),
              std::string::npos);
}

TEST_F(Xliff2Validity, TargetLanguageAndSpaceFollowTheFile) {
    EXPECT_EQ(messages(load_unit("<segment><source>a</source><target xml:lang=\"de\">b</target>"
                                 "</segment>")),
              "4:28 the target's language 'de' is not trgLang 'fr'\n");
    EXPECT_EQ(messages(load_unit("<segment><source xml:space=\"preserve\">a</source><target>b"
                                 "</target></segment>")),
              "4:49 the target's xml:space 'default' differs from the source's 'preserve'\n");
}

TEST_F(Xliff2Validity, ACodePointElementOnlyForCharactersXmlForbids) {
    EXPECT_EQ(messages(load_unit("<segment><source>a<cp hex=\"001B\"/></source></segment>")), "");
    EXPECT_EQ(messages(load_unit("<segment><source>a<cp hex=\"00A0\"/></source></segment>")),
              "4:23 <cp hex='00A0'> stands for a character XML allows: write it as text\n");
}

TEST(LanguageTag, WellFormedTags) {
    for (const char* tag : {"fr", "fr-FR", "en-US", "zh-Hant-TW", "sr-Latn-RS", "de-CH-1996",
                            "es-419", "en-a-bbb-x-ccc", "x-private", "i-klingon", "zh-yue-HK"})
        EXPECT_TRUE(is_well_formed_language_tag(tag)) << tag;
}

TEST(LanguageTag, NearMissesAreNotWellFormed) {
    for (const char* tag : {"", "f", "fr_FR", "fr-", "en-US-", "toolonglanguage", "de-1996-1996",
                            "en-a", "en-a-bb-a-cc", "fr FR", "123"})
        EXPECT_FALSE(is_well_formed_language_tag(tag)) << tag;
}

} // namespace
} // namespace medloc
