#include "usage/usage_pattern.h"

#include <gtest/gtest.h>

namespace medloc {
namespace {

class Patterns : public ::testing::Test {
protected:
    Result<std::vector<PatternSequence>> parse(std::string_view pattern, bool flag = true) {
        return parse_pattern(pattern, sets_, profile_, flag);
    }

    static std::vector<std::string> texts(const PatternAtom& atom) {
        std::vector<std::string> found;
        for (const PatternAtom::Choice& choice : atom.choices)
            found.push_back((choice.exact ? "=" : "") + choice.text);
        return found;
    }

    PatternSets sets_ = {{"personne", {{"patient", false}, {"enfant", false}}}};
    LanguageProfile profile_ = profile_for("fr-FR");
};

TEST_F(Patterns, WordsAreLemmasFormsSetsWildcardsAndNumbers) {
    auto parsed = parse(R"([condition/nom] "Médicales"|chronique @personne * #)");
    ASSERT_TRUE(parsed) << parsed.error().message;
    ASSERT_EQ(parsed.value().size(), 1u);
    const PatternSequence& sequence = parsed.value()[0];
    ASSERT_EQ(sequence.atoms.size(), 5u);
    EXPECT_EQ(texts(sequence.atoms[0]), std::vector<std::string>{"condition"});
    EXPECT_EQ(sequence.atoms[0].tags, std::vector<std::string>{"nom"});
    EXPECT_EQ(texts(sequence.atoms[1]), (std::vector<std::string>{"=médicales", "chronique"}));
    EXPECT_EQ(texts(sequence.atoms[2]), (std::vector<std::string>{"patient", "enfant"}));
    EXPECT_EQ(sequence.atoms[3].kind, PatternAtom::Kind::any);
    EXPECT_EQ(sequence.atoms[4].kind, PatternAtom::Kind::number);
    EXPECT_EQ(sequence.flag_begin, 0u);
    EXPECT_EQ(sequence.flag_end, 1u);
    EXPECT_FALSE(sequence.sentence_start);
}

TEST_F(Patterns, OptionalWordsAndGroupsExpandIntoFixedRuns) {
    auto parsed = parse("[prendre/v (une | la promenade)? marche]");
    ASSERT_TRUE(parsed) << parsed.error().message;
    // without the group, with "une", with "la promenade"
    ASSERT_EQ(parsed.value().size(), 3u);
    EXPECT_EQ(parsed.value()[0].atoms.size(), 2u);
    EXPECT_EQ(parsed.value()[1].atoms.size(), 3u);
    EXPECT_EQ(parsed.value()[2].atoms.size(), 4u);
    for (const PatternSequence& sequence : parsed.value())
        EXPECT_EQ(sequence.flag_end, sequence.atoms.size());
}

TEST_F(Patterns, AGroupOfSingleWordsIsOneWordWithChoices) {
    auto parsed = parse("(le|ce|votre|son)/det? [dosage]");
    ASSERT_TRUE(parsed) << parsed.error().message;
    ASSERT_EQ(parsed.value().size(), 2u);
    EXPECT_EQ(texts(parsed.value()[1].atoms[0]).size(), 4u);
    EXPECT_EQ(parsed.value()[1].atoms[0].tags, std::vector<std::string>{"det"});
}

TEST_F(Patterns, ElidedWordsAreTwoWordsAsInText) {
    auto parsed = parse("[à l’intérieur de] #");
    ASSERT_TRUE(parsed) << parsed.error().message;
    const PatternSequence& sequence = parsed.value()[0];
    ASSERT_EQ(sequence.atoms.size(), 5u);
    EXPECT_EQ(texts(sequence.atoms[1]), std::vector<std::string>{"=l'"});
    EXPECT_EQ(texts(sequence.atoms[2]), std::vector<std::string>{"intérieur"});
    EXPECT_EQ(sequence.flag_end, 4u);
    auto alone = parse("pas d' [évidence]");
    ASSERT_TRUE(alone);
    EXPECT_EQ(texts(alone.value()[0].atoms[1]), std::vector<std::string>{"=d'"});
}

TEST_F(Patterns, TagsExclusionsAndSentenceStart) {
    auto parsed = parse("^ être/v [définitivement] */adj/!ppas");
    ASSERT_TRUE(parsed) << parsed.error().message;
    const PatternSequence& sequence = parsed.value()[0];
    EXPECT_TRUE(sequence.sentence_start);
    EXPECT_EQ(sequence.atoms[2].tags, std::vector<std::string>{"adj"});
    EXPECT_EQ(sequence.atoms[2].excluded_tags, std::vector<std::string>{"ppas"});
    EXPECT_EQ(sequence.flag_begin, 1u);
    EXPECT_EQ(sequence.flag_end, 2u);
}

TEST_F(Patterns, ErrorsNameTheColumn) {
    struct Case {
        std::string_view pattern;
        std::string_view message;
    } cases[] = {
        {"[condition médical", "column 19: '[' without its ']'"},
        {"condition ] médical", "one '[' then one ']'"},
        {"(médical | chronique", "'(' without its ')'"},
        {"condition)", "')' without its '('"},
        {"condition/nme", "unknown tag 'nme'"},
        {"@inconnu condition", "no [set inconnu] defined"},
        {"* #", "a pattern needs at least one word besides * and #"},
        {"[condition?] médical", "the reported part [...] is empty"},
        {"\"deux mots\"", "a \"form\" is one word"},
        {"condition médical^", "'^' only at the start"},
        {"l'intérieur|dedans", "cannot be one of several choices"},
        {"condition/nom?médical", "a space is missing"},
    };
    for (const Case& c : cases) {
        auto parsed = parse(c.pattern);
        ASSERT_FALSE(parsed) << c.pattern;
        EXPECT_NE(parsed.error().message.find(c.message), std::string::npos)
            << c.pattern << ": " << parsed.error().message;
    }
    auto unless = parse("[condition] physique", false);
    ASSERT_FALSE(unless);
    EXPECT_NE(unless.error().message.find("reports nothing"), std::string::npos);
}

TEST_F(Patterns, ExpansionIsBounded) {
    // Nine optional groups of two runs: 3^9 forms, far more than the limit.
    std::string pattern = "condition";
    for (int i = 0; i < 9; ++i)
        pattern += " (a b | c d)?";
    auto parsed = parse(pattern);
    ASSERT_FALSE(parsed);
    EXPECT_NE(parsed.error().message.find("more than 256 forms"), std::string::npos);
}

TEST_F(Patterns, SetWordsAndNormalisation) {
    auto lemma = parse_set_word("Patient");
    ASSERT_TRUE(lemma);
    EXPECT_EQ(lemma.value().text, "patient");
    EXPECT_FALSE(lemma.value().exact);
    auto form = parse_set_word("\"l’on\"");
    ASSERT_TRUE(form);
    EXPECT_EQ(form.value().text, "l'on");
    EXPECT_TRUE(form.value().exact);
    EXPECT_FALSE(parse_set_word("deux mots"));
    EXPECT_EQ(normalise_word("Condition\u2019s"), "condition's");
    EXPECT_EQ(normalise_word("E\u0301LIGIBLE"), "éligible"); // NFC, then case-folded
}

} // namespace
} // namespace medloc
