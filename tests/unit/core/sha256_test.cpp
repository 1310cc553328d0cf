// SHA-256 and HMAC-SHA-256 give the published test vectors (FIPS 180-2, RFC 4231), and the
// HMAC of pieces is the HMAC of their concatenation (the result cache's row MACs).
#include "core/sha256.h"

#include <gtest/gtest.h>

namespace medloc {
namespace {

TEST(Sha256, GivesThePublishedDigests) {
    EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    EXPECT_EQ(sha256_hex("abc"),
              "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(HmacSha256, GivesTheRfc4231Codes) {
    EXPECT_EQ(hmac_sha256_hex(std::string(20, '\x0b'), "Hi There"),
              "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    EXPECT_EQ(hmac_sha256_hex("Jefe", "what do ya want for nothing?"),
              "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    // A key longer than the block (131 bytes of 0xaa): hashed first (test case 6).
    EXPECT_EQ(hmac_sha256_hex(std::string(131, '\xaa'),
                              "Test Using Larger Than Block-Size Key - Hash Key First"),
              "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
}

TEST(HmacSha256, OfPiecesIsOfTheirConcatenation) {
    const std::string_view zero("\0", 1);
    EXPECT_EQ(hmac_sha256_hex("key", {"env", zero, "content/a.xml", zero, "", zero, "bytes"}),
              hmac_sha256_hex("key", std::string("env\0content/a.xml\0\0bytes", 24)));
    EXPECT_NE(hmac_sha256_hex("key", {"ab", "c"}), hmac_sha256_hex("key2", {"ab", "c"}));
    EXPECT_EQ(hmac_sha256_hex("key", {"ab", "c"}), hmac_sha256_hex("key", {"a", "bc"}));
}

} // namespace
} // namespace medloc
