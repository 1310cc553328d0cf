#include "language/token_class.h"
#include "language/word_tokenizer.h"

#include <gtest/gtest.h>

namespace medloc {
namespace {

// The class of the token that starts at `word` inside `text`.
TokenClass class_in(const std::string& text, const std::string& word) {
    const std::size_t begin = text.find(word);
    EXPECT_NE(begin, std::string::npos) << word;
    return classify_token(text, begin, begin + word.size(), starts_sentence(text, begin));
}

TEST(TokenClass, IdentifiersWithDigitsMixedCaseOrCodeCharacters) {
    const std::string text = "Le taux d’HbA1c, le SARS-CoV-2, l’ARNm, l’IgG, le NaCl, le pH, "
                             "le mRNA et open_blank ou window.xtparam, e.g. ceci, et 3ème.";
    for (const char* word : {"HbA1c", "CoV", "ARNm", "IgG", "NaCl", "pH", "mRNA", "open_blank",
                             "window.xtparam", "e.g", "3ème"})
        EXPECT_EQ(class_in(text, word), TokenClass::identifier) << word;
    // Near misses: words, a capitalised word, a capital Œ typed as two letters.
    for (const char* word : {"taux", "ceci"})
        EXPECT_EQ(class_in(text, word), TokenClass::word) << word;
    EXPECT_EQ(class_in("Un OEdème des jambes.", "OEdème"), TokenClass::word);
    EXPECT_EQ(class_in("Le Doliprane soulage.", "Doliprane"), TokenClass::word);
}

TEST(TokenClass, ChemicalSymbolsWithChargeOrInsideASentence) {
    EXPECT_EQ(class_in("Les ions Ca++ et Na+ et K+.", "Ca"), TokenClass::chemical);
    EXPECT_EQ(class_in("Les ions Ca++ et Na+ et K+.", "Na"), TokenClass::chemical);
    EXPECT_EQ(class_in("Une pression de 120 mm Hg.", "Hg"), TokenClass::chemical);
    EXPECT_EQ(class_in("Ca2+ entre dans la cellule.", "Ca"), TokenClass::chemical);
    // Near miss: at a sentence's start with no charge, "Ca" is ça mistyped, a word.
    EXPECT_EQ(class_in("Ca va mieux.", "Ca"), TokenClass::word);
    // Near miss: not an element symbol.
    EXPECT_EQ(class_in("Une pression de 120 mm Hx.", "Hx"), TokenClass::word);
}

TEST(TokenClass, AcronymsLettersTagsEntitiesListMarksAndOtherScripts) {
    EXPECT_EQ(class_in("Le VIH et les IST.", "VIH"), TokenClass::acronym);
    EXPECT_EQ(class_in("Soit x la dose.", "x"), TokenClass::single_letter);
    EXPECT_EQ(class_in("Voir #santé sur le site.", "santé"), TokenClass::tag);
    EXPECT_EQ(class_in("Écrire à @who demain.", "@who"), TokenClass::tag);
    EXPECT_EQ(class_in("Si la dose &lt; 5 mg.", "lt"), TokenClass::entity);
    EXPECT_EQ(class_in("Les causes : ii) la fièvre.", "ii"), TokenClass::list_mark);
    EXPECT_EQ(class_in("La lettre βήτα.", "βήτα"), TokenClass::other_script);
    EXPECT_EQ(class_in("Le mot Кишечник.", "Кишечник"), TokenClass::other_script);
    // Near misses: "lt" without the reference's ';', "civil" is no numeral, "mix" in
    // running text is a word.
    EXPECT_EQ(class_in("Si la dose &lt 5 mg.", "lt"), TokenClass::word);
    EXPECT_EQ(class_in("Le code civil (art.).", "civil"), TokenClass::word);
    EXPECT_EQ(class_in("Un mix de produits.", "mix"), TokenClass::word);
}

TEST(TokenClass, OrdinalEndingsAfterTheirNumber) {
    EXPECT_EQ(class_in("Au 3 ème jour.", "ème"), TokenClass::ordinal);
    EXPECT_EQ(class_in("Le 2\u00A0nd essai.", "nd"), TokenClass::ordinal);
    EXPECT_EQ(class_in("Le 1 er mai.", "er"), TokenClass::ordinal);
    // Near misses: the same letters after a word, and a word that is no ordinal ending
    // after a number (a typo stays a word), and two spaces apart.
    EXPECT_EQ(class_in("Le hème et ème seul.", "ème"), TokenClass::word);
    EXPECT_EQ(class_in("Trois fois : 3 fos par jour.", "fos"), TokenClass::word);
    EXPECT_EQ(class_in("Au 3  ème jour.", "ème"), TokenClass::word);
}

TEST(TokenClass, LetterCase) {
    EXPECT_EQ(letter_case("fièvre"), LetterCase::lower);
    EXPECT_EQ(letter_case("Fièvre"), LetterCase::capitalised);
    EXPECT_EQ(letter_case("Étude"), LetterCase::capitalised);
    EXPECT_EQ(letter_case("FIÈVRE"), LetterCase::upper);
    EXPECT_EQ(letter_case("IgG"), LetterCase::mixed);
    EXPECT_EQ(letter_case("A"), LetterCase::capitalised);
    EXPECT_EQ(letter_case("123"), LetterCase::none);
}

TEST(TokenClass, SentenceStarts) {
    const std::string text = "Il dort. « Le patient (Paul) : Oui ! — Non ; peut-être";
    EXPECT_TRUE(starts_sentence(text, 0));
    EXPECT_TRUE(starts_sentence(text, text.find("Le")));
    EXPECT_TRUE(starts_sentence(text, text.find("Oui")));
    EXPECT_TRUE(starts_sentence(text, text.find("Non")));
    EXPECT_FALSE(starts_sentence(text, text.find("dort")));
    EXPECT_FALSE(starts_sentence(text, text.find("Paul")));
    EXPECT_FALSE(starts_sentence(text, text.find("peut")));
}

TEST(TokenClass, ProgramCodeIsNotProse) {
    EXPECT_TRUE(is_program_code("if (objet_lien.mouseenter){ xtpage = \"pg\"; click(); }"));
    EXPECT_TRUE(is_program_code("function(arg) { return null; }"));
    // Near misses: prose with semicolons, parentheses and an equals sign.
    EXPECT_FALSE(is_program_code("La dose (5 mg) ; puis 10 mg ; soit x = 2 fois."));
    EXPECT_FALSE(is_program_code("Un ensemble {a, b} en mathématiques."));
}

TEST(TokenClass, ScriptOfLetters) {
    EXPECT_TRUE(is_latin_script("œdème"));
    EXPECT_TRUE(is_latin_script("HbA1c"));
    EXPECT_FALSE(is_latin_script("βήτα"));
    EXPECT_TRUE(is_element_symbol("Na"));
    EXPECT_FALSE(is_element_symbol("Nx"));
}

} // namespace
} // namespace medloc
