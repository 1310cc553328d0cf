#include "loading/encoding_check.h"

#include <gtest/gtest.h>

namespace medloc {
namespace {

TEST(EncodingCheck, AcceptsUtf8WithOrWithoutByteOrderMark) {
    EXPECT_FALSE(find_encoding_problem("<?xml version=\"1.0\" encoding=\"UTF-8\"?><a>é</a>"));
    EXPECT_FALSE(find_encoding_problem("\xEF\xBB\xBF<a>é</a>"));
    EXPECT_FALSE(find_encoding_problem("<?xml version='1.0' encoding='utf-8'?><a/>"));
}

TEST(EncodingCheck, FindsLatin1BytesAtTheirOffset) {
    const auto problem = find_encoding_problem("<a>b\xE9"
                                               "b\xE9</a>");
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->offset, 4u);
    EXPECT_NE(problem->message.find("0xE9"), std::string::npos);
}

TEST(EncodingCheck, FindsUtf16AndBinary) {
    EXPECT_TRUE(find_encoding_problem(std::string("\xFF\xFE<\0a\0", 6)));
    const auto binary = find_encoding_problem(std::string("<a>\0\x01</a>", 8));
    ASSERT_TRUE(binary);
    EXPECT_EQ(binary->offset, 3u);
}

TEST(EncodingCheck, FindsAnotherDeclaredEncoding) {
    const std::string xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a/>";
    const auto problem = find_encoding_problem(xml);
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->offset, xml.find("ISO"));
}

} // namespace
} // namespace medloc
