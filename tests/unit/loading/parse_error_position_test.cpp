// Where a not-well-formed document is reported: the position counts every XML line end
// (CR, CRLF, LF) and code points, as every other finding does. libxml2 counts lines by
// line feeds only; a file with bare carriage returns once gave a column past the line
// (found by the article fuzzer, fuzz/regressions/article/).
#include "loading/document_loader.h"
#include "loading/xml_parser.h"

#include <gtest/gtest.h>

namespace medloc {
namespace {

SourcePosition first_error(const std::string& xml, const DocumentRules& rules = {}) {
    initialise_secure_xml();
    const LoadedDocument loaded = load_xml_text("a.xml", xml, rules);
    EXPECT_FALSE(loaded.issues.empty());
    return loaded.issues.empty() ? SourcePosition{} : loaded.issues.front().position;
}

TEST(ParseErrorPosition, CountsCarriageReturnsAsLineEnds) {
    // The attribute without a value is on line 2 whatever the line ends.
    for (const std::string end : {"\n", "\r\n", "\r"}) {
        const std::string xml = "<?xml version=\"1.0\"?>" + end + "<a x}y=\"1\"/>" + end;
        EXPECT_EQ(first_error(xml), (SourcePosition{2, 5})) << "line end " << end.size();
    }
}

TEST(ParseErrorPosition, LibxmlPositionsAreConvertedWhenNoOffsetIsKnown) {
    // A file from another tool in a legacy encoding is converted before parsing; libxml2
    // then gives no byte offset, and its own line (line feeds only) and column are
    // converted: once a column past the line (found by the XLIFF fuzzer,
    // fuzz/regressions/xliff/).
    const std::string xml =
        "<?xml version=\"1.0\" encoding=\"windows-1252\"?>\n<a xmlns\rxsi=\"1\"/>\n";
    DocumentRules from_other_tools;
    from_other_tools.accept_declared_encodings = true;
    const SourcePosition position = first_error(xml, from_other_tools);
    EXPECT_EQ(position, (SourcePosition{3, 1})); // the value-less xmlns, after the CR
}

TEST(ParseErrorPosition, CountsCodePointsNotBytes) {
    const std::string xml = "<a>é\u00a0«</b>";
    const SourcePosition position = first_error(xml);
    EXPECT_EQ(position.line, 1);
    EXPECT_LE(position.column, 12); // 11 code points on the line; never a byte count (15)
}

} // namespace
} // namespace medloc
