// A returned unit's content read the same whatever tool rewrote it.
#include "kit/inline_content.h"
#include "translation/xliff_reader.h"

#include <gtest/gtest.h>

namespace medloc {
namespace {

XliffDocument read(const std::string& xml) {
    XliffLoad load = load_xliff_text("returned.xlf", xml, {});
    EXPECT_TRUE(load.document.has_value());
    return std::move(*load.document);
}

std::string xliff2(const std::string& unit) {
    return "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" "
           "srcLang=\"fr-FR\" trgLang=\"en-US\"><file id=\"a\">" +
           unit + "</file></xliff>";
}

const std::string kSent =
    "<unit id=\"u\"><segment><source>Donner <pc id=\"1\" dataRefStart=\"d1\" "
    "dataRefEnd=\"d1e\" type=\"other\">500 mg</pc> &amp; boire</source>"
    "<target>Give <pc id=\"1\" dataRefStart=\"d1\" dataRefEnd=\"d1e\" type=\"other\">500 "
    "mg</pc> &amp; drink</target></segment></unit>";

TEST(InlineContent, IndentationAToolAddedIsNotContent) {
    // As the npm xliff package writes it back: codes on their own lines, no original data.
    const std::string indented =
        "<unit id=\"u\"><segment><source>Donner \n          <pc id=\"1\" dataRefStart=\"d1\" "
        "dataRefEnd=\"d1e\" type=\"other\">500 mg</pc> &amp; boire\n        </source>"
        "<target>Give \n          <pc id=\"1\">\n            500 mg\n          </pc> &amp; "
        "drink\n        </target></segment></unit>";
    const XliffDocument sent = read(xliff2(kSent));
    const XliffDocument back = read(xliff2(indented));
    const RenderedContent a = render_unit_content(sent, sent.units[0], true);
    const RenderedContent b = render_unit_content(back, back.units[0], true);
    EXPECT_EQ(a.markup, "Give <pc id=\"1\">500 mg</pc> &amp; drink");
    EXPECT_EQ(b.markup, a.markup);
    EXPECT_EQ(render_unit_content(back, back.units[0], false).text,
              render_unit_content(sent, sent.units[0], false).text);
    EXPECT_EQ(a.text, "Give500mg&drink");
}

TEST(InlineContent, CodesGetTheDataOfTheSourceTheyAreMergedInto) {
    const XliffDocument back = read(xliff2(kSent));
    const CodeMap codes = code_map("x <pc id=\"1\" dataRefStart=\"d7\" dataRefEnd=\"d7e\" "
                                   "type=\"fmt\">y</pc>");
    ASSERT_EQ(codes.size(), 1u);
    EXPECT_EQ(render_unit_content(back, back.units[0], true, &codes).markup,
              "Give <pc id=\"1\" dataRefStart=\"d7\" dataRefEnd=\"d7e\" type=\"fmt\">500 "
              "mg</pc> &amp; drink");
}

TEST(InlineContent, Xliff12GroupsSplitSegmentsAndMarkersReadAsMedlocsMarkup) {
    const XliffDocument v12 =
        read("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.2\"><file "
             "original=\"a\" source-language=\"fr-FR\" target-language=\"en-US\" "
             "datatype=\"xml\"><body><trans-unit id=\"u\"><source>Donner <g id=\"1\">500 mg</g> "
             "&amp; boire</source><target>Give <g id=\"1\">500 <mrk mtype=\"x\">mg</mrk></g> &amp; "
             "drink</target></trans-unit></body></file></xliff>");
    EXPECT_EQ(render_unit_content(v12, v12.units[0], true).markup,
              "Give <pc id=\"1\">500 mg</pc> &amp; drink");
    // A CAT tool that split the unit in two segments, the code as <sc>/<ec>.
    const XliffDocument split = read(
        xliff2("<unit id=\"u\"><segment><source>Donner </source><target>Give <sc id=\"1\"/>500 "
               "</target></segment><segment><source>500 mg &amp; boire</source><target>mg<ec "
               "startRef=\"1\"/> &amp; drink</target></segment></unit>"));
    const RenderedContent joined = render_unit_content(split, split.units[0], true);
    EXPECT_EQ(joined.markup, "Give <pc id=\"1\">500 mg</pc> &amp; drink");
    EXPECT_TRUE(joined.problem.empty());
}

TEST(InlineContent, OverlappingCodesAndMissingTargetsAreSaid) {
    const XliffDocument overlap =
        read(xliff2("<unit id=\"u\"><segment><source>a b c</source><target><sc id=\"1\"/>a <pc "
                    "id=\"2\">b<ec startRef=\"1\"/></pc> c</target></segment></unit>"));
    EXPECT_NE(render_unit_content(overlap, overlap.units[0], true).problem, "");
    const XliffDocument partial =
        read(xliff2("<unit id=\"u\"><segment><source>Un.</source><target>One.</target></segment>"
                    "<segment><source>Deux.</source></segment></unit>"));
    EXPECT_FALSE(render_unit_content(partial, partial.units[0], true).complete);
}

TEST(InlineContent, IdentifyingTextIgnoresCodesAndWhiteSpaceOnly) {
    EXPECT_EQ(text_hash("Donner 500 mg"), text_hash("Donner\n  500\tmg"));
    EXPECT_NE(text_hash("Donner 500 mg"), text_hash("Donner 50 mg"));
    EXPECT_NE(text_hash("Donner 500 mg"), text_hash("Donner 500\u00A0mg")); // nbsp is text
}

} // namespace
} // namespace medloc
