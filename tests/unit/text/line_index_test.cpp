#include "text/line_index.h"

#include <gtest/gtest.h>

namespace medloc {
namespace {

TEST(LineIndex, CountsLinesAndCodePointColumns) {
    const std::string text = "ab\nbébé x\n";
    const LineIndex index(text);
    EXPECT_EQ(index.position(0), (SourcePosition{1, 1}));
    EXPECT_EQ(index.position(3), (SourcePosition{2, 1}));
    // 'x' is after "bébé " = 5 code points but 7 bytes.
    EXPECT_EQ(index.position(text.find('x')), (SourcePosition{2, 6}));
}

TEST(LineIndex, TreatsCrLfAndLoneCrAsOneBreak) {
    const std::string text = "a\r\nb\rc\nd";
    const LineIndex index(text);
    EXPECT_EQ(index.position(text.find('b')), (SourcePosition{2, 1}));
    EXPECT_EQ(index.position(text.find('c')), (SourcePosition{3, 1}));
    EXPECT_EQ(index.position(text.find('d')), (SourcePosition{4, 1}));
    EXPECT_EQ(index.line_text(1), "a");
    EXPECT_EQ(index.line_text(2), "b");
}

TEST(LineIndex, AnOffsetInsideCrLfIsTheEndOfItsLine) {
    // libxml2 may stop on the LF of a CR LF: that is still line 1, one past 'a' (found by
    // the TBX fuzzer, fuzz/regressions/tbx/), never a column past the line.
    const std::string text = "a\r\nb";
    const LineIndex index(text);
    EXPECT_EQ(index.position(1), (SourcePosition{1, 2})); // the CR
    EXPECT_EQ(index.position(2), (SourcePosition{1, 2})); // the LF of the pair
    EXPECT_EQ(index.position(3), (SourcePosition{2, 1})); // near miss: 'b'
    const std::string lone = "a\n\nb";                    // near miss: LF after LF
    EXPECT_EQ(LineIndex(lone).position(2), (SourcePosition{2, 1}));
}

TEST(LineIndex, DoesNotCountByteOrderMark) {
    const std::string text = "\xEF\xBB\xBF<a>\n<b>";
    const LineIndex index(text);
    EXPECT_EQ(index.position(3), (SourcePosition{1, 1}));
    EXPECT_EQ(index.position(4), (SourcePosition{1, 2}));
    EXPECT_EQ(index.line_text(1), "<a>");
}

TEST(LineIndex, ClampsOffsetsPastTheEnd) {
    const LineIndex index("abc");
    EXPECT_EQ(index.position(99), (SourcePosition{1, 4}));
}

TEST(LineIndex, ColumnsOnOneLongLineAreExactAtEveryCheckpoint) {
    // One line of 3 MB mixing one-, two- and three-byte characters: each position is the
    // count of code points before it, around and across the index's 256-byte checkpoints.
    std::string line;
    while (line.size() < 3000000)
        line += "ab\u00E9c\u20AC ";
    const std::string text = "x\n" + line;
    const LineIndex index(text);
    std::size_t code_points = 0;
    std::size_t checked = 0;
    for (std::size_t offset = 2; offset < text.size(); ++offset) {
        const bool lead = (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80;
        if (lead && (offset % 256 < 4 || offset % 256 > 252 || offset % 9973 == 0)) {
            ASSERT_EQ(index.position(offset),
                      (SourcePosition{2, static_cast<int>(code_points) + 1}))
                << offset;
            ++checked;
        }
        code_points += lead;
    }
    EXPECT_GT(checked, 40000u);
    EXPECT_EQ(index.position(text.size()), (SourcePosition{2, static_cast<int>(code_points) + 1}));
}

TEST(LineIndex, TheEndOfContentWhoseSizeIsACheckpointHasAPosition) {
    const std::string text(512, 'a');
    const LineIndex index(text);
    EXPECT_EQ(index.position(512), (SourcePosition{1, 513}));
    EXPECT_EQ(index.position(256), (SourcePosition{1, 257}));
    EXPECT_EQ(LineIndex().position(0), (SourcePosition{1, 1}));
}

} // namespace
} // namespace medloc
