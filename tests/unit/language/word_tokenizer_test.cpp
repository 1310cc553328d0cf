#include "language/language_profile.h"
#include "language/word_tokenizer.h"

#include <gtest/gtest.h>

namespace medloc {
namespace {

std::vector<std::string> words(const std::string& text, const std::string& locale = "fr-FR") {
    WordTokenizer tokenizer(locale);
    std::vector<std::string> out;
    for (const Token& token : tokenizer.tokenize(text))
        out.push_back(std::string(token.in(text)) + (token.kind == TokenKind::number ? "#" : ""));
    return out;
}

TEST(WordTokenizer, KeepsElisionsWithBothApostrophesAsOneToken) {
    EXPECT_EQ(words("l’échographie d'une"), (std::vector<std::string>{"l’échographie", "d'une"}));
}

TEST(Elision, BothApostrophesAndTheMistypedQuotationMarkEndAFrenchElision) {
    const LanguageProfile french = profile_for("fr-FR");
    EXPECT_EQ(elision_length("l’enfant", french), std::string("l’").size());
    EXPECT_EQ(elision_length("jusqu'ici", french), std::string("jusqu'").size());
    // ‘ typed for ’ (typography.wrong-apostrophe reports it): the word after is checked.
    EXPECT_EQ(words("l‘enfant"), (std::vector<std::string>{"l‘enfant"}));
    EXPECT_EQ(elision_length("l‘enfant", french), std::string("l‘").size());
    // Not an elision: no such prefix, or no French profile.
    EXPECT_EQ(elision_length("aujourd’hui", french), 0u);
    EXPECT_EQ(elision_length("don’t", profile_for("en-US")), 0u);
}

TEST(WordTokenizer, SplitsAtHyphensAndPunctuation) {
    EXPECT_EQ(words("sous-jacentes :Certaines"),
              (std::vector<std::string>{"sous", "jacentes", "Certaines"}));
}

TEST(WordTokenizer, NumbersAreTheirOwnKind) {
    EXPECT_EQ(words("2,5 mg et 500"), (std::vector<std::string>{"2,5#", "mg", "et", "500#"}));
}

TEST(WordTokenizer, NarrowNoBreakSpaceSeparatesWords) {
    // ICU joins words across U+202F; French uses it before ; ! ?
    EXPECT_EQ(words("jacentes\u202F: oui\u202F!"), (std::vector<std::string>{"jacentes", "oui"}));
}

TEST(WordTokenizer, FormatCharactersAtAWordsEdgesAreNotPartOfIt) {
    // Bidirectional controls and a zero-width joiner glued to words and a number.
    EXPECT_EQ(words("\u202Eusage\u202C et \u2067pharmacien\u2069 \u200F15\u200F mL"),
              (std::vector<std::string>{"usage", "et", "pharmacien", "15#", "mL"}));
    // Inside a word they stay: the word is not the same word without them.
    EXPECT_EQ(words("méd\u00ADicament"), (std::vector<std::string>{"méd\u00ADicament"}));
}

TEST(WordTokenizer, OffsetsAreUtf8Bytes) {
    WordTokenizer tokenizer("fr-FR");
    const std::string text = "été «\u00A0fœtus\u00A0»";
    const auto tokens = tokenizer.tokenize(text);
    ASSERT_EQ(tokens.size(), 2u);
    EXPECT_EQ(tokens[1].begin, text.find("fœtus"));
    EXPECT_EQ(tokens[1].in(text), "fœtus");
}

} // namespace
} // namespace medloc
