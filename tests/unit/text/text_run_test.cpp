#include "text/text_run.h"
#include "text/utf8.h"

#include <vector>

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

// The compact mapping gives exactly what one offset per byte gives, whatever mix of copied
// characters, references (several source bytes for one character), collapsed breaks and
// multi-byte characters the text holds.
TEST(TextRun, CompactMappingEqualsOneOffsetPerByte) {
    const std::vector<std::pair<std::string, std::size_t>> pieces = {
        {"a", 1}, {"é", 2}, {"&", 5}, {"é", 6}, {"€", 3}, {"<", 4}, {"z", 1}, {"\u202F", 3}};
    std::uint32_t state = 12345;
    const auto next = [&] { return state = state * 1103515245u + 12345u; };
    for (int trial = 0; trial < 200; ++trial) {
        TextRun run;
        std::vector<std::size_t> expected; // per text byte: the source offset of its character
        std::size_t source = next() % 7;
        const int count = static_cast<int>(next() % 60);
        for (int i = 0; i < count; ++i) {
            const auto& [bytes, source_length] = pieces[next() % pieces.size()];
            source += next() % 5 == 0 ? next() % 9 : 0; // markup skipped between characters
            run.append(bytes, source, source + source_length);
            expected.insert(expected.end(), bytes.size(), source);
            source += source_length;
        }
        ASSERT_EQ(run.text().size(), expected.size());
        for (std::size_t t = 0; t < expected.size(); ++t)
            ASSERT_EQ(run.source_offset(t), expected[t]) << "trial " << trial << ", byte " << t;
        EXPECT_EQ(run.source_offset(expected.size()), count ? source : 0u);
    }
}

TEST(TextRun, NoBreakSpacesAreText) {
    EXPECT_EQ(build("38,5\u00A0°C ").text(), "38,5\u00A0°C");
}

} // namespace
} // namespace medloc
