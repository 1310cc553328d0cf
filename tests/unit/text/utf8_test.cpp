#include "text/utf8.h"

#include <gtest/gtest.h>

namespace medloc {
namespace {

TEST(Utf8, DecodesOneToFourByteSequences) {
    EXPECT_EQ(utf8::decode("a", 0).code_point, U'a');
    EXPECT_EQ(utf8::decode("é", 0).code_point, U'é');
    EXPECT_EQ(utf8::decode("é", 0).length, 2u);
    EXPECT_EQ(utf8::decode("\u202F", 0).code_point, U'\u202F');
    EXPECT_EQ(utf8::decode("\U0001F489", 0).length, 4u);
}

TEST(Utf8, RejectsOverlongSurrogatesAndTruncation) {
    EXPECT_EQ(utf8::decode("\xC0\xAF", 0).code_point, utf8::kInvalid);     // overlong '/'
    EXPECT_EQ(utf8::decode("\xED\xA0\x80", 0).code_point, utf8::kInvalid); // surrogate
    EXPECT_EQ(utf8::decode("\xF4\x90\x80\x80", 0).code_point, utf8::kInvalid);
    EXPECT_EQ(utf8::decode("\xE2\x82", 0).code_point, utf8::kInvalid); // truncated
    EXPECT_EQ(utf8::decode("\x80", 0).code_point, utf8::kInvalid);
}

TEST(Utf8, FindsFirstInvalidByte) {
    EXPECT_FALSE(utf8::first_invalid("fièvre à 38,5 °C").has_value());
    EXPECT_EQ(utf8::first_invalid("fi\xE8vre"), 2u); // Latin-1 è
}

TEST(Utf8, AppendRoundTrips) {
    for (char32_t c : {U'a', U'é', U'\u00A0', U'\u2019', U'\U0001F489'}) {
        std::string bytes;
        utf8::append(bytes, c);
        EXPECT_EQ(utf8::decode(bytes, 0).code_point, c);
        EXPECT_EQ(utf8::decode(bytes, 0).length, bytes.size());
    }
}

TEST(Utf8, CountsCodePoints) {
    EXPECT_EQ(utf8::length("bébé"), 4u);
}

} // namespace
} // namespace medloc
