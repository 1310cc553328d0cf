// XLIFF written by real tools (Okapi test resources, Apache-2.0; see the fixtures' README).
#include "loading/xml_parser.h"
#include "test_support.h"
#include "translation/xliff_reader.h"

#include <gtest/gtest.h>

namespace medloc {
namespace {

XliffLoad load(const std::string& name) {
    initialise_secure_xml();
    return load_xliff((testing::source_dir() / "tests/fixtures/xliff-okapi" / name).string(), {});
}

TEST(RealXliff, RainbowXliff11And12) {
    const XliffLoad v11 = load("RB-11-Test01.xlf");
    ASSERT_TRUE(v11.document);
    EXPECT_EQ(v11.document->version, "1.1");
    EXPECT_EQ(v11.document->units.size(), 13u);
    // Declared windows-1252: read through ICU, not rejected.
    const XliffLoad v12 = load("RB-12-Test02.xlf");
    ASSERT_TRUE(v12.document) << (v12.issues.empty() ? "" : v12.issues[0].message);
    EXPECT_EQ(v12.document->units.size(), 9u);
    EXPECT_EQ(v12.document->source_locale.substr(0, 2), "en");
}

TEST(RealXliff, PlaceholdersAndSegmentedSources) {
    const XliffLoad ph = load("Test_Context_and_PH.xlf");
    ASSERT_TRUE(ph.document);
    EXPECT_EQ(ph.document->units.size(), 3u); // one inside a <bin-unit>
    const XliffLoad segmented = load("segmented.xlf");
    ASSERT_TRUE(segmented.document);
    EXPECT_EQ(segmented.document->units.size(), 2u);
    const XliffLoad sdl = load("sdl-test.sdlxliff.xlf");
    ASSERT_TRUE(sdl.document);
    EXPECT_EQ(sdl.document->units.size(), 3u);
    EXPECT_EQ(sdl.document->units[1].target_text(),
              "Première phrase Seconde phrase, plus longue. Et ensuite une troisième. Modifier Et "
              "match CM.");
}

TEST(RealXliff, Xliff20) {
    const XliffLoad v20 = load("xliff2-test01.xlf");
    ASSERT_TRUE(v20.document);
    EXPECT_EQ(v20.document->version, "2.0");
    EXPECT_EQ(v20.document->units.size(), 4u);
    EXPECT_TRUE(v20.issues.empty());
}

TEST(RealXliff, ControlCharacterReferenceIsNotWellFormed) {
    const XliffLoad broken = load("invalid_xml_entity.xlf");
    EXPECT_FALSE(broken.document);
    ASSERT_FALSE(broken.issues.empty());
    EXPECT_EQ(broken.issues[0].kind, LoadIssueKind::not_well_formed);
    EXPECT_EQ(broken.issues[0].position.line, 8);      // a raw U+0003 in the target
    EXPECT_EQ(broken.issues.back().position.line, 10); // &#x03; and &#x1F; in a note
}

} // namespace
} // namespace medloc
