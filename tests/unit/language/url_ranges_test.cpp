// The URL scanner reads text that content controls: linear in its length whatever it holds,
// and without recursion (std::regex, before, recursed per character and overflowed the stack
// on one long word).
#include "language/url_ranges.h"

#include <gtest/gtest.h>

namespace medloc {
namespace {

std::vector<std::string> found(const std::string& text) {
    std::vector<std::string> out;
    for (const auto& [begin, end] : find_url_ranges(text))
        out.push_back(text.substr(begin, end - begin));
    return out;
}

TEST(UrlScanner, ReadsEachKindAsThePatternDid) {
    EXPECT_EQ(found("voir http://a.b/c?d=1, puis"), (std::vector<std::string>{"http://a.b/c?d=1"}));
    EXPECT_EQ(found("ftp://x et https://"), (std::vector<std::string>{"ftp://x"}));
    EXPECT_EQ(found("www. et www.x."), (std::vector<std::string>{"www.x"}));
    EXPECT_EQ(found("écrire à a.b@c-d.e.fr."), (std::vector<std::string>{"a.b@c-d.e.fr"}));
    EXPECT_EQ(found("a@b sans point"), std::vector<std::string>{});
    // Bare domains: the longest dotted name whose last label is a known domain.
    EXPECT_EQ(found("has-sante.fr/page et x.fruit"),
              (std::vector<std::string>{"has-sante.fr/page"}));
    EXPECT_EQ(found("www2.sante.gouv.fr!"), (std::vector<std::string>{"www2.sante.gouv.fr"}));
    EXPECT_EQ(found("ameli.fr-x"), (std::vector<std::string>{"ameli.fr"}));
    EXPECT_EQ(found("a..fr"), (std::vector<std::string>{}));
    EXPECT_EQ(found("_a.fr"), (std::vector<std::string>{}));
    EXPECT_EQ(found("le site who.int."), (std::vector<std::string>{"who.int"}));
}

TEST(UrlScanner, OneWordOfAHundredThousandLettersIsLinear) {
    // Each of these crashed (stack overflow) or took minutes with std::regex.
    const std::string letters(100000, 'a');
    EXPECT_TRUE(found(letters).empty());
    std::string hyphens;
    for (int i = 0; i < 100000; ++i)
        hyphens += "a-";
    EXPECT_TRUE(found(hyphens).empty());
    EXPECT_EQ(found(letters + "@" + letters).size(), 0u);
    EXPECT_EQ(found(letters + "@" + letters + ".fr"),
              (std::vector<std::string>{letters + "@" + letters + ".fr"}));
    std::string dots;
    for (int i = 0; i < 500000; ++i)
        dots += "a.";
    const auto dotted = found(dots + "fr");
    ASSERT_EQ(dotted.size(), 1u);
    EXPECT_EQ(dotted[0].size(), dots.size() + 2);
    EXPECT_EQ(found("http://" + letters).front().size(), letters.size() + 7);
}

TEST(UrlScanner, AMillionShortNamesAreAMillionRanges) {
    std::string text;
    for (int i = 0; i < 1000000; ++i)
        text += "a.fr ";
    const auto ranges = find_url_ranges(text);
    ASSERT_EQ(ranges.size(), 1000000u);
    // overlaps() is a binary search over them: a million lookups stay instant.
    std::size_t hits = 0;
    for (std::size_t at = 0; at < text.size(); at += 5)
        hits += overlaps(ranges, at + 1, at + 2) + overlaps(ranges, at + 4, at + 5);
    EXPECT_EQ(hits, 1000000u);
}

TEST(UrlScanner, OverlapsFindsAnyRangeThatMeetsTheSpan) {
    const std::vector<TextRange> ranges = {{2, 5}, {10, 12}};
    EXPECT_FALSE(overlaps(ranges, 0, 2));
    EXPECT_TRUE(overlaps(ranges, 0, 3));
    EXPECT_TRUE(overlaps(ranges, 4, 11));
    EXPECT_FALSE(overlaps(ranges, 5, 10));
    EXPECT_TRUE(overlaps(ranges, 11, 20));
    EXPECT_FALSE(overlaps(ranges, 12, 20));
    EXPECT_FALSE(overlaps({}, 0, 100));
}

} // namespace
} // namespace medloc
