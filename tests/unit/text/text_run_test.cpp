#include "text/text_run.h"
#include "text/utf8.h"

#include <gtest/gtest.h>

namespace medloc {
namespace {

// Feeds `source` to a builder one code point at a time, with offsets into `source`.
TextRun build(const std::string& source) {
    TextRunBuilder builder;
    std::size_t offset = 0;
    while (offset < source.size()) {
        const utf8::Decoded d = utf8::decode(source, offset);
        builder.add(d.code_point, std::string_view(source).substr(offset, d.length), offset,
                    offset + d.length);
        offset += d.length;
    }
    return builder.finish();
}

TEST(TextRun, CollapsesWhiteSpaceWithLineBreaksAndTrimsEnds) {
    const TextRun run = build("\n   Le  bébé\n      va bien.  \n");
    EXPECT_EQ(run.text(), "Le  bébé va bien.");
}

TEST(TextRun, KeepsDoubleSpacesOnOneLine) {
    EXPECT_EQ(build("a  b").text(), "a  b");
    EXPECT_EQ(build("a \t b").text(), "a \t b");
}

TEST(TextRun, MapsEveryByteToItsSourceCharacter) {
    const std::string source = "  é\n  x";
    const TextRun run = build(source);
    ASSERT_EQ(run.text(), "é x");
    EXPECT_EQ(run.source_offset(0), 2u);                // é
    EXPECT_EQ(run.source_offset(1), 2u);                // second byte of é
    EXPECT_EQ(run.source_offset(2), 4u);                // the collapsed space starts at '\n'
    EXPECT_EQ(run.source_offset(3), source.size() - 1); // x
    EXPECT_EQ(run.source_offset(4), source.size());     // one past the end
}

TEST(TextRun, NoBreakSpacesAreText) {
    EXPECT_EQ(build("38,5\u00A0°C ").text(), "38,5\u00A0°C");
}

} // namespace
} // namespace medloc
