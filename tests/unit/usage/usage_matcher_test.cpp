// The matcher with the real French Hunspell dictionary: lemmas, tags, elisions, compounds,
// contexts, and suggestions that agree with the text they replace.
#include "language/word_tokenizer.h"
#include "spelling/speller.h"
#include "test_support.h"
#include "usage/usage_matcher.h"

#include <gtest/gtest.h>

namespace medloc {
namespace {

const char* const kFile = R"(
[set personne]
words = patient | famille | proche

[entry condition]
kind = false-friend
english = medical condition
pattern = [condition/nom] médical/adj
suggest = affection | maladie
explain = e
source = s
example = e
near-miss = n

[entry jacent]
kind = false-friend
english = underlying condition
pattern = [condition/nom] sous-jacent
unless = à condition
suggest = maladie
explain = e
source = s
example = e
near-miss = n

[entry supporter]
kind = false-friend
english = to support
pattern = [supporter/v] */det? @personne
unless = ne */pro? supporter
suggest = aider | soutenir
explain = e
source = s
example = e
near-miss = n

[entry dosage]
kind = false-friend
english = dosage
pattern = [dosage/nom] recommandé
suggest = posologie
explain = e
source = s
example = e
near-miss = n

[entry place]
kind = calque
english = to take place
pattern = (réunion|consultation) [prendre/v place]
suggest = se dérouler
explain = e
source = s
example = e
near-miss = n

[entry diagnostic]
kind = calque
english = diagnosed with
pattern = [diagnostiquer/ppas avec]
suggest = atteint de
explain = e
source = s
example = e
near-miss = n

[entry definitivement]
kind = false-friend
english = definitely
pattern = ^ [définitivement]
suggest = certainement
explain = e
source = s
example = e
near-miss = n

[entry base]
kind = calque
english = on a daily basis
pattern = [sur une base quotidien]
agree = no
suggest = chaque jour
explain = e
source = s
example = e
near-miss = n
)";

class Matcher : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        spelling_ = testing::project_spelling_service().release();
        testing::TempDir dir;
        rulebook_ = new UsageRulebook;
        auto status = read_usage_file(dir.write("t.fr.usage", kFile).string(), *rulebook_);
        ASSERT_TRUE(status) << status.error().message;
        Speller* speller = spelling_->speller_for("fr-FR").value();
        matcher_ = new UsageMatcher(
            *rulebook_, "fr", [speller](const std::string& w) { return speller->analyze(w); });
        bare_ = new UsageMatcher(*rulebook_, "fr", Morphology());
    }
    static void TearDownTestSuite() {
        delete bare_;
        delete matcher_;
        delete rulebook_;
        delete spelling_;
    }

    struct Found {
        std::string entry;
        std::string words;    // the words the entry reports
        std::string replaced; // the range the suggestions replace
        std::vector<std::string> suggestions;
    };

    static std::vector<Found> find(const std::string& text, std::vector<TextRange> skipped = {},
                                   const UsageMatcher* matcher = nullptr) {
        static WordTokenizer tokenizer("fr-FR");
        static const LanguageProfile profile = profile_for("fr-FR");
        std::vector<Found> found;
        for (const UsageMatch& match :
             (matcher ? matcher : matcher_)
                 ->match(text, tokenizer.tokenize(text), profile, skipped))
            found.push_back({match.entry->id,
                             text.substr(match.words_begin, match.words_end - match.words_begin),
                             text.substr(match.begin, match.end - match.begin), match.suggestions});
        return found;
    }

    static SpellingService* spelling_;
    static UsageRulebook* rulebook_;
    static UsageMatcher* matcher_;
    static UsageMatcher* bare_;
};

SpellingService* Matcher::spelling_ = nullptr;
UsageRulebook* Matcher::rulebook_ = nullptr;
UsageMatcher* Matcher::matcher_ = nullptr;
UsageMatcher* Matcher::bare_ = nullptr;

TEST_F(Matcher, FindsEveryInflectedFormAndMakesSuggestionsAgree) {
    auto found = find("Une condition médicale. Des conditions médicales.");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].words, "condition");
    EXPECT_EQ(found[0].suggestions, (std::vector<std::string>{"affection", "maladie"}));
    EXPECT_EQ(found[1].words, "conditions");
    EXPECT_EQ(found[1].suggestions, (std::vector<std::string>{"affections", "maladies"}));
}

TEST_F(Matcher, ArticlesAndAdjectivesFollowTheReplacement) {
    // la condition -> l'affection (elision), but la maladie
    auto elided = find("La condition médicale de votre mère.");
    ASSERT_EQ(elided.size(), 1u);
    EXPECT_EQ(elided[0].words, "condition");
    EXPECT_EQ(elided[0].replaced, "La condition");
    EXPECT_EQ(elided[0].suggestions, (std::vector<std::string>{"L'affection", "La maladie"}));
    // masculine -> feminine: the article and the adjective after it change
    auto gender = find("Respectez le dosage recommandé.");
    ASSERT_EQ(gender.size(), 1u);
    EXPECT_EQ(gender[0].replaced, "le dosage recommandé");
    EXPECT_EQ(gender[0].suggestions, std::vector<std::string>{"la posologie recommandée"});
    // a replacement ending in "de" elides into the next word
    auto diagnosed = find("Elle a été diagnostiquée avec un diabète.");
    ASSERT_EQ(diagnosed.size(), 1u);
    EXPECT_EQ(diagnosed[0].replaced, "diagnostiquée avec un");
    EXPECT_EQ(diagnosed[0].suggestions, std::vector<std::string>{"atteinte d'un"});
}

TEST_F(Matcher, VerbsAreConjugatedOrLeftOut) {
    auto found = find("Les infirmières supportent les familles.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].words, "supportent");
    // aider is regular: aident; soutenir cannot be built from supportent and is left out
    EXPECT_EQ(found[0].suggestions, std::vector<std::string>{"aident"});
    auto infinitive = find("Il faut supporter les proches.");
    ASSERT_EQ(infinitive.size(), 1u);
    EXPECT_EQ(infinitive[0].suggestions, (std::vector<std::string>{"aider", "soutenir"}));
    auto pronominal = find("La consultation prendra place demain.");
    ASSERT_EQ(pronominal.size(), 1u);
    EXPECT_EQ(pronominal[0].suggestions, std::vector<std::string>{"se déroulera"});
}

TEST_F(Matcher, UnlessContextsAndWrongSensesStaySilent) {
    EXPECT_TRUE(find("Elle ne supporte plus sa famille.").empty());
    EXPECT_TRUE(find("Il supporte la douleur.").empty());
    EXPECT_TRUE(find("Votre condition physique s'améliore.").empty());
    EXPECT_TRUE(find("à condition sous-jacente").empty()); // unless "à condition"
    ASSERT_EQ(find("une condition sous-jacente").size(), 1u);
}

TEST_F(Matcher, PunctuationSkippedTextAndSentencesBreakMatches) {
    EXPECT_TRUE(find("Les conditions, médicales ou non.").empty());
    EXPECT_TRUE(find("Les conditions (médicales).").empty());
    const std::string text = "Les conditions médicales.";
    EXPECT_TRUE(find(text, {{text.find("médicales"), text.find('.')}}).empty());
    EXPECT_EQ(find("Définitivement, oui.").size(), 1u);
    EXPECT_EQ(find("Oui. Définitivement !").size(), 1u);
    EXPECT_TRUE(find("Il est guéri définitivement.").empty()); // not a sentence start
}

TEST_F(Matcher, TheLongestMatchWinsAndCapitalsAreKept) {
    auto found = find("CONDITIONS MÉDICALES SOUS-JACENTES");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].entry, "condition");
    EXPECT_EQ(found[0].suggestions, (std::vector<std::string>{"AFFECTIONS", "MALADIES"}));
    auto idiom = find("Sur une base quotidienne, prenez votre tension.");
    ASSERT_EQ(idiom.size(), 1u);
    EXPECT_EQ(idiom[0].suggestions, std::vector<std::string>{"Chaque jour"});
}

TEST_F(Matcher, WithoutADictionaryOnlyFormsAsWrittenMatch) {
    EXPECT_TRUE(find("Des conditions médicales.", {}, bare_).empty());
    auto found = find("Une condition médical.", {}, bare_);
    EXPECT_TRUE(found.empty()); // condition/nom needs a tag only the dictionary gives
    EXPECT_EQ(find("Sur une base quotidien.", {}, bare_).size(), 1u);
}

} // namespace
} // namespace medloc
