#include "language/word_tokenizer.h"
#include "spelling/dictionary_locator.h"
#include "spelling/speller.h"
#include "terminology/term_matcher.h"

#include <gtest/gtest.h>

namespace medloc {
namespace {

Termbase make_termbase() {
    Termbase termbase;
    const auto concept_with = [&](std::string id,
                                  std::vector<std::pair<std::string, TermStatus>> terms) {
        Concept entry;
        entry.id = std::move(id);
        LanguageSection section;
        section.locale = "fr";
        for (auto& [text, status] : terms) {
            Term term;
            term.text = text;
            term.status = status;
            term.locale = "fr";
            section.terms.push_back(term);
        }
        entry.languages.push_back(section);
        termbase.concepts.push_back(entry);
    };
    concept_with("c-fausse-couche", {{"fausse couche", TermStatus::preferred}});
    concept_with("c-ist", {{"IST", TermStatus::preferred}, {"MST", TermStatus::deprecated}});
    concept_with("c-anomalie", {{"anomalie", TermStatus::preferred},
                                {"anomalie chromosomique", TermStatus::preferred}});
    return termbase;
}

class TermMatcherTest : public ::testing::Test {
protected:
    TermMatcherTest()
        : speller_(locate_dictionary("fr-FR", kDefaultDictionaryPath).value(), {}),
          termbase_(make_termbase()),
          matcher_(termbase_, "fr-FR", [this](const std::string& w) { return speller_.stems(w); }),
          profile_(profile_for("fr-FR")), tokenizer_("fr-FR") {}

    std::vector<std::string> found(const std::string& text) {
        std::vector<std::string> out;
        for (const TermMatch& match : matcher_.match(text, tokenizer_.tokenize(text), profile_))
            out.push_back(match.concept_entry->id + ":" +
                          text.substr(match.begin, match.end - match.begin));
        return out;
    }

    Speller speller_;
    Termbase termbase_;
    TermMatcher matcher_;
    LanguageProfile profile_;
    WordTokenizer tokenizer_;
};

TEST_F(TermMatcherTest, MatchesInflectedMultiWordTerms) {
    EXPECT_EQ(found("Les fausses couches précoces."),
              (std::vector<std::string>{"c-fausse-couche:fausses couches"}));
}

TEST_F(TermMatcherTest, PrefersTheLongestTerm) {
    EXPECT_EQ(
        found("Une anomalie chromosomique rare, une anomalie."),
        (std::vector<std::string>{"c-anomalie:anomalie chromosomique", "c-anomalie:anomalie"}));
}

TEST_F(TermMatcherTest, AcronymsMatchOnlyInCapitals) {
    EXPECT_EQ(found("Une MST, une mst."), (std::vector<std::string>{"c-ist:MST"}));
}

TEST_F(TermMatcherTest, ThePluralOfAnAcronymIsTheAcronym) {
    // A deprecated acronym in the plural is still that acronym ("MSTs": "MST").
    EXPECT_EQ(found("Des MSTs et des ISTs."),
              (std::vector<std::string>{"c-ist:MSTs", "c-ist:ISTs"}));
    // Near misses: an acronym whose last capital is an S is another acronym, a lower-case
    // word is no acronym, and one capital is no acronym.
    EXPECT_TRUE(found("Des MSTS, des msts, des Ms.").empty());
}

TEST_F(TermMatcherTest, NeverInsideALongerWordNorAcrossPunctuation) {
    EXPECT_TRUE(found("Une SMST anomaliel anormalement.").empty());
    EXPECT_TRUE(found("Une fausse. Couche.").empty());
}

TEST_F(TermMatcherTest, MatchesAfterElision) {
    EXPECT_EQ(found("l’anomalie"), (std::vector<std::string>{"c-anomalie:anomalie"}));
}

// A closed compound writes its last part: "microanomalies" writes "anomalie". A word
// that only starts with the term, or ends with less of it, does not.
TEST_F(TermMatcherTest, AClosedCompoundWritesItsLastPart) {
    const Term& anomaly = termbase_.concepts[2].languages[0].terms[0];
    ASSERT_EQ(anomaly.text, "anomalie");
    const auto writes = [&](const std::string& text) {
        return matcher_.writes(text, tokenizer_.tokenize(text), profile_, anomaly);
    };
    EXPECT_TRUE(writes("Des microanomalies du rythme."));
    EXPECT_TRUE(writes("Une pseudoanomalie."));
    EXPECT_TRUE(writes("Des anomalies."));
    EXPECT_FALSE(writes("Une anomaliectomie."));
    EXPECT_FALSE(writes("Une xanomalie, une malie, des micromalies."));
}

// A term joined by a hyphen to another word is an element of a compound.
TEST_F(TermMatcherTest, TellsATermInsideAHyphenatedCompound) {
    const auto compounds = [&](const std::string& text) {
        std::vector<bool> out;
        for (const TermMatch& match : matcher_.match(text, tokenizer_.tokenize(text), profile_))
            out.push_back(in_compound(text, match));
        return out;
    };
    EXPECT_EQ(compounds("une pré-anomalie, une anomalie-type, la non\u2011anomalie"),
              (std::vector<bool>{true, true, true}));
    EXPECT_EQ(compounds("l’anomalie, une anomalie - rare, anomalie-"),
              (std::vector<bool>{false, false, false}));
}

// English terms match through their inflections only: the English dictionary strips
// derivations too ("inhaled" and "inhaler" both to "hale", "injuries" to "jury").
TEST(TermMatcherEnglish, MatchesInflectionsNeverDerivations) {
    Speller speller(locate_dictionary("en-US", kDefaultDictionaryPath).value(), {});
    Termbase termbase;
    for (const char* text : {"inhaler", "jury", "diagnosis", "vaccine"}) {
        Concept entry;
        entry.id = std::string("c-") + text;
        LanguageSection section;
        section.locale = "en";
        Term term;
        term.text = text;
        term.locale = "en";
        term.status = TermStatus::preferred;
        section.terms.push_back(term);
        entry.languages.push_back(section);
        termbase.concepts.push_back(entry);
    }
    const TermMatcher matcher(termbase, "en-US",
                              [&](const std::string& word) { return speller.stems(word); });
    WordTokenizer tokenizer("en-US");
    const LanguageProfile profile = profile_for("en-US");
    const auto found = [&](const std::string& text) {
        std::vector<std::string> out;
        for (const TermMatch& match : matcher.match(text, tokenizer.tokenize(text), profile))
            out.push_back(match.concept_entry->id);
        return out;
    };
    EXPECT_EQ(found("Keep your inhalers clean."), std::vector<std::string>{"c-inhaler"});
    EXPECT_TRUE(found("An inhaled corticosteroid.").empty());
    EXPECT_TRUE(found("Two injuries.").empty());
    EXPECT_EQ(found("Two diagnoses, new vaccines."),
              (std::vector<std::string>{"c-diagnosis", "c-vaccine"}));
}

} // namespace
} // namespace medloc
