#include "language/normalization.h"
#include "language/url_ranges.h"

#include <gtest/gtest.h>

namespace medloc {
namespace {

TEST(Normalization, FindsFirstDecomposedCharacter) {
    EXPECT_FALSE(first_non_nfc("La fièvre").has_value());
    const std::string decomposed = "La fie\u0300vre";
    EXPECT_EQ(first_non_nfc(decomposed), decomposed.find("e\u0300"));
    EXPECT_EQ(to_nfc(decomposed), "La fièvre");
}

TEST(Normalization, FoldsCase) {
    EXPECT_EQ(fold_case("ÉCHOGRAPHIE"), "échographie");
}

TEST(UrlRanges, FindsUrlsEmailsAndDomainsButNotSentencePunctuation) {
    const std::string text =
        "Voir https://www.ameli.fr/fievre. Écrire à contact@sante.fr, ou has-sante.fr !";
    const auto ranges = find_url_ranges(text);
    ASSERT_EQ(ranges.size(), 3u);
    EXPECT_EQ(text.substr(ranges[0].first, ranges[0].second - ranges[0].first),
              "https://www.ameli.fr/fievre");
    EXPECT_EQ(text.substr(ranges[1].first, ranges[1].second - ranges[1].first), "contact@sante.fr");
    EXPECT_EQ(text.substr(ranges[2].first, ranges[2].second - ranges[2].first), "has-sante.fr");
}

TEST(UrlRanges, OrdinaryWordsWithFullStopsAreNotDomains) {
    EXPECT_TRUE(find_url_ranges("La fièvre baisse. Le repos aide.").empty());
}

} // namespace
} // namespace medloc
