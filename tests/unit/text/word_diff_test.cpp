#include "text/word_diff.h"

#include <gtest/gtest.h>

namespace medloc {
namespace {

std::string shown(const std::vector<DiffPiece>& pieces) {
    std::string text;
    for (const DiffPiece& piece : pieces) {
        if (piece.kind == DiffPiece::Kind::same)
            text += piece.text;
        else if (piece.kind == DiffPiece::Kind::removed)
            text += "[-" + piece.text + "-]";
        else
            text += "{+" + piece.text + "+}";
    }
    return text;
}

TEST(WordDiff, WordsAddedRemovedAndReplaced) {
    EXPECT_EQ(shown(word_diff("Buvez souvent.", "Buvez souvent. Prenez 10 comprimés par jour.")),
              "Buvez souvent.{+ Prenez 10 comprimés par jour.+}");
    EXPECT_EQ(shown(word_diff("Donnez 500 mg par jour.", "Donnez 50 mg par jour.")),
              "Donnez [-500-]{+50+} mg par jour.");
    EXPECT_EQ(shown(word_diff("une fièvre élevée", "une fièvre")), "une fièvre[- élevée-]");
    EXPECT_EQ(shown(word_diff("", "Nouveau.")), "{+Nouveau.+}");
    EXPECT_EQ(shown(word_diff("Même texte.", "Même texte.")), "Même texte.");
    // A sentence added after another that ends the same way, with a change before both.
    EXPECT_EQ(shown(word_diff("toutes les six heures, 60 mg par jour.",
                              "toutes les quatre heures, 60 mg par jour. Prenez 10 comprimés "
                              "par jour.")),
              "toutes les [-six-]{+quatre+} heures, 60 mg par jour.{+ Prenez 10 comprimés par "
              "jour.+}");
}

TEST(WordDiff, BeyondTheBoundTheTextsAreShownWhole) {
    EXPECT_EQ(shown(word_diff("a b c", "a x c")), "a [-b-]{+x+} c");
    EXPECT_EQ(shown(word_diff("a b c", "a x c", 1)), "a [-b c-]{+x c+}");
}

} // namespace
} // namespace medloc
