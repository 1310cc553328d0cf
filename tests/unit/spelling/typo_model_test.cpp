#include "spelling/typo_model.h"

#include <algorithm>

#include <gtest/gtest.h>

namespace medloc {
namespace {

bool has(const std::vector<std::string>& candidates, const std::string& word) {
    return std::find(candidates.begin(), candidates.end(), word) != candidates.end();
}

TEST(TypoModel, AccentsAndCaseCostLeastThenDoubledLettersSwapsAndOtherLetters) {
    EXPECT_EQ(typo_distance("fièvre", "fièvre"), 0);
    const double accent = typo_distance("resultat", "résultat");
    const double ligature = typo_distance("oedème", "œdème");
    const double doubled = typo_distance("hémoragie", "hémorragie");
    const double swapped = typo_distance("hémorargie", "hémorragie");
    const double other = typo_distance("hémorxagie", "hémorragie");
    EXPECT_LT(accent, 0.3);
    EXPECT_LT(ligature, 0.3);
    EXPECT_LT(accent, doubled);
    EXPECT_LT(doubled, swapped);
    EXPECT_LT(swapped, other);
    EXPECT_LE(other, 1.0);
    // Symmetric.
    EXPECT_DOUBLE_EQ(typo_distance("hémorragie", "hémorxagie"), other);
    // A name in lower case is that name.
    EXPECT_LT(typo_distance("doliprane", "Doliprane"), 0.2);
}

TEST(TypoModel, SoundAlikeSpellingsAreOneSlip) {
    EXPECT_LE(typo_distance("farmacie", "pharmacie"), 0.55);
    EXPECT_LE(typo_distance("kiste", "kyste"), 0.8);
    EXPECT_LE(typo_distance("ématome", "hématome"), 0.55);
    // Near miss: different words stay far.
    EXPECT_GT(typo_distance("farmacie", "fermeture"), 1.0);
}

TEST(TypoModel, TwoSlipsInALongWord) {
    // The seed's misspelling: two substitutions, a vowel among them.
    EXPECT_LE(typo_distance("microrragies", "métrorragies"), 1.7);
    EXPECT_LT(typo_distance("microrragies", "métrorragies"),
              typo_distance("microrragies", "micrographies"));
}

TEST(TypoModel, CandidatesCoverTheSlipsWritersMake) {
    const auto candidates = typo_candidates("hémoragie");
    EXPECT_TRUE(has(candidates, "hémorragie"));                                  // doubled
    EXPECT_TRUE(has(typo_candidates("resultat"), "résultat"));                   // accent
    EXPECT_TRUE(has(typo_candidates("electrophoretique"), "électrophorétique")); // none
    EXPECT_TRUE(has(typo_candidates("oedeme"), "œdème"));          // ligature and accent
    EXPECT_TRUE(has(typo_candidates("farmacie"), "pharmacie"));    // sound-alike
    EXPECT_TRUE(has(typo_candidates("hémorargie"), "hémorragie")); // swap
    EXPECT_TRUE(has(typo_candidates("gastrointestinal"), "gastro-intestinal"));
    // The first letter keeps its case.
    EXPECT_TRUE(has(typo_candidates("Hémoragie"), "Hémorragie"));
    // Not any letter anywhere: x is neither a vowel nor a neighbour of r.
    EXPECT_FALSE(has(candidates, "hémoxagie"));
    EXPECT_FALSE(has(candidates, "hémoragie")); // never the word itself
}

TEST(TypoModel, PlainLettersAndCapitals) {
    EXPECT_EQ(plain_letters("Œdème"), "oedeme");
    EXPECT_EQ(plain_letters("Étude"), "etude");
    EXPECT_EQ(capitalised("étude"), "Étude");
    EXPECT_EQ(uncapitalised("Étude"), "étude");
}

} // namespace
} // namespace medloc
