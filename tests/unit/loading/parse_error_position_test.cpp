// Where a not-well-formed document is reported: the position counts every XML line end
// (CR, CRLF, LF) and code points, as every other finding does. libxml2 counts lines by
// line feeds only; a file with bare carriage returns once gave a column past the line
// (found by the article fuzzer, fuzz/regressions/article/).
#include "loading/document_loader.h"
#include "loading/xml_parser.h"

#include <gtest/gtest.h>

namespace medloc {
namespace {

SourcePosition first_error(const std::string& xml) {
    initialise_secure_xml();
    const LoadedDocument loaded = load_xml_text("a.xml", xml, DocumentRules{});
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

TEST(ParseErrorPosition, CountsCodePointsNotBytes) {
    const std::string xml = "<a>é\u00a0«</b>";
    const SourcePosition position = first_error(xml);
    EXPECT_EQ(position.line, 1);
    EXPECT_LE(position.column, 12); // 11 code points on the line; never a byte count (15)
}

} // namespace
} // namespace medloc
