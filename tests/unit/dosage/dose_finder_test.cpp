// The dose reader on real sentences in French and English: what it reads as a dose, with
// which amount and unit, and what it leaves alone.
#include "dosage/dose_finder.h"
#include "language/language_profile.h"

#include <cmath>
#include <random>

#include <gtest/gtest.h>

namespace medloc {
namespace {

std::vector<Dose> doses_in(const std::string& text, const std::string& locale) {
    WordTokenizer tokenizer(locale);
    NumberFinder numbers(locale);
    const std::vector<Token> tokens = tokenizer.tokenize(text);
    return find_doses(text, tokens, numbers.find(text, tokens), language_of(locale));
}

// "15 mg/kg" style summaries of every dose: value(s) and canonical unit.
std::vector<std::string> summaries(const std::string& text, const std::string& locale) {
    std::vector<std::string> out;
    for (const Dose& dose : doses_in(text, locale))
        out.push_back(describe(dose) + (dose.implicit ? " (implicit)" : ""));
    return out;
}

using Summaries = std::vector<std::string>;

TEST(DoseFinder, ReadsLocaleNumbersAndUnits) {
    EXPECT_EQ(summaries("Donnez 2,5 mg toutes les 6 heures.", "fr-FR"),
              (Summaries{"2.5 mg", "6 h"}));
    EXPECT_EQ(summaries("Give 2.5 mg every 6 hours.", "en-US"), (Summaries{"2.5 mg", "6 h"}));
    EXPECT_EQ(summaries("Jusqu’à 1 000 mL par jour.", "fr-FR"), (Summaries{"1000 mL/d"}));
    EXPECT_EQ(summaries("Up to 1,000 mL a day.", "en-US"), (Summaries{"1000 mL/d"}));
}

TEST(DoseFinder, ReadsRatiosAndFrequencies) {
    EXPECT_EQ(summaries("15 mg/kg/j, 15 mg par kg et par jour", "fr-FR"),
              (Summaries{"15 mg/kg/d", "15 mg/kg/d"}));
    EXPECT_EQ(summaries("Take 10 mg daily, three times a day.", "en-US"),
              (Summaries{"10 mg/d", "3 times/d"}));
    EXPECT_EQ(summaries("Take it once a day, twice as often.", "en-US"),
              (Summaries{"1 times/d", "2 times"}));
    EXPECT_EQ(summaries("Do it at once.", "en-US"), (Summaries{"1 times (implicit)"}));
}

TEST(DoseFinder, ReadsNumberWordsAndTheirCompounds) {
    EXPECT_EQ(summaries("Prenez deux bouffées.", "fr-FR"), (Summaries{"2 puff"}));
    EXPECT_EQ(summaries("Take four puffs.", "en-US"), (Summaries{"4 puff"}));
    EXPECT_EQ(summaries("quatre-vingt-quinze pour cent", "fr-FR"), (Summaries{"95 %"}));
    EXPECT_EQ(summaries("ninety-five percent", "en-US"), (Summaries{"95 %"}));
    EXPECT_EQ(summaries("Prenez un comprimé.", "fr-FR"), (Summaries{"1 tablet (implicit)"}));
    EXPECT_EQ(summaries("pendant d’une semaine", "fr-FR"), (Summaries{"1 wk (implicit)"}));
}

TEST(DoseFinder, ReadsRanges) {
    EXPECT_EQ(summaries("2 à 3 comprimés", "fr-FR"), (Summaries{"2–3 tablet"}));
    EXPECT_EQ(summaries("2–3 mg, 4 to 6 hours, 2 or 3 tablets", "en-US"),
              (Summaries{"2–3 mg", "4–6 h", "2–3 tablet"}));
    EXPECT_EQ(summaries("âgés d’un à trois ans", "fr-FR"), (Summaries{"1–3 y"}));
    EXPECT_EQ(summaries("7\u22129 days", "en-US"), (Summaries{"7–9 d"}));
}

TEST(DoseFinder, LeavesClockTimesNamesAndOtherWordsAlone) {
    EXPECT_TRUE(summaries("Prenez-le à 20 h, ou vers 8 h 30.", "fr-FR").empty());
    EXPECT_TRUE(summaries("la vitamine K1 dose", "en-US").empty());
    EXPECT_TRUE(summaries("Deux unités d’hémodialyse, 15 unités de soins", "fr-FR").empty());
    EXPECT_TRUE(summaries("at three time points", "en-US").empty());
    EXPECT_TRUE(summaries("Buvez 2 l’eau", "fr-FR").empty());
}

TEST(DoseFinder, ReadsANumberWithoutItsLeadingZeroAsADecimal) {
    const auto doses = doses_in("La dose est de ,5 mg.", "fr-FR");
    ASSERT_EQ(doses.size(), 1u);
    EXPECT_DOUBLE_EQ(doses[0].low, 0.5);
    EXPECT_EQ(doses[0].numbers[0].first, std::string("La dose est de ").size());
    // A comma after a word is a missing space, not a decimal.
    EXPECT_EQ(summaries("Prenez 1 comprimé,5 minutes avant.", "fr-FR"),
              (Summaries{"1 tablet", "5 min"}));
    EXPECT_EQ(summaries("femicide,19.4%", "en-US"), (Summaries{"19.4 %"}));
}

TEST(DoseFinder, AllowsWordsBetweenANumberAndItsUnit) {
    EXPECT_EQ(summaries("les 72 premières heures", "fr-FR"), (Summaries{"72 h"}));
    EXPECT_EQ(summaries("two daily doses", "en-US"), (Summaries{"2 dose"}));
    EXPECT_EQ(summaries("17,1 (écart type 6,6) jours", "fr-FR"), (Summaries{"6.6 d"}));
    EXPECT_EQ(summaries("20 weeks’ gestation, a 500-mg tablet", "en-US"),
              (Summaries{"20 wk", "500 mg"}));
}

Dose single(const std::string& text, const std::string& locale) {
    auto doses = doses_in(text, locale);
    EXPECT_EQ(doses.size(), 1u) << text;
    return doses.empty() ? Dose{} : doses.front();
}

TEST(SameAmount, ComparesAcrossUnitsWithinRounding) {
    const Dose grams = single("0,5 g", "fr-FR");
    const Dose milligrams = single("500 mg", "en-US");
    const Dose micrograms = single("500 µg", "en-US");
    EXPECT_TRUE(same_amount(grams, grams.low, milligrams, milligrams.low));
    EXPECT_FALSE(same_amount(grams, grams.low, micrograms, micrograms.low));
    const Dose celsius = single("38 °C", "fr-FR");
    EXPECT_TRUE(same_amount(celsius, 38, single("100.4 °F", "en-US"), 100.4));
    EXPECT_FALSE(same_amount(celsius, 38, single("102 °F", "en-US"), 102));
}

TEST(SameAmount, DropsARateOverTimeButNeverPerKilogram) {
    const Dose per_dose = single("0,5 g par prise", "fr-FR");
    EXPECT_TRUE(same_amount(per_dose, 0.5, single("500 mg", "en-US"), 500));
    const Dose per_kilogram = single("15 mg/kg", "fr-FR");
    EXPECT_FALSE(same_amount(per_kilogram, 15, single("15 mg", "en-US"), 15));
    EXPECT_FALSE(same_amount(single("240 mg par jour", "fr-FR"), 240,
                             single("240 mg an hour", "en-US"), 240));
}

TEST(UnitTable, ParsesMachineUnitsInAnyLanguage) {
    ASSERT_TRUE(parse_unit("mg/kg"));
    EXPECT_EQ(parse_unit("mg/kg")->dimension(), "mass/mass");
    ASSERT_TRUE(parse_unit("bouffées"));
    EXPECT_EQ(parse_unit("bouffées")->symbol(), "puff");
    EXPECT_EQ(parse_unit("µg")->symbol(), "mcg");
    EXPECT_FALSE(parse_unit("mgs"));
    EXPECT_FALSE(parse_unit("mg extra"));
    EXPECT_FALSE(parse_unit(""));
}

} // namespace
} // namespace medloc

namespace medloc {
namespace {

// Random text built from the pieces doses are made of: whatever the mix, every dose lies
// inside the text, in order, with its numbers inside it and a unit.
TEST(DoseFinder, KeepsEveryDoseInsideRandomText) {
    const std::vector<std::string> pieces = {"2",         ",5",
                                             ".5",        "1 000",
                                             "1,000",     "2,50",
                                             " ",         "\u00A0",
                                             "\u202F",    "mg",
                                             "µg",        "/",
                                             "kg",        " par ",
                                             " a ",       "jour",
                                             "day",       "deux",
                                             "two",       "-",
                                             "–",         "\u2212",
                                             " à ",       " to ",
                                             " or ",      "un",
                                             "une",       "once",
                                             "twice",     "fois",
                                             "°C",        "%",
                                             "h",         "l’",
                                             "(",         ")",
                                             "é",         "\xF0\x9F\x92\x8A",
                                             "q.d.",      "unités de soins",
                                             "cinquante", "quatre-vingt"};
    std::mt19937 random(20261124);
    for (const char* locale : {"fr-FR", "en-US"}) {
        WordTokenizer tokenizer(locale);
        NumberFinder numbers(locale);
        for (int round = 0; round < 400; ++round) {
            std::string text;
            const int length = static_cast<int>(random() % 24);
            for (int i = 0; i < length; ++i)
                text += pieces[random() % pieces.size()];
            const auto tokens = tokenizer.tokenize(text);
            const auto doses =
                find_doses(text, tokens, numbers.find(text, tokens), language_of(locale));
            std::size_t previous = 0;
            for (const Dose& dose : doses) {
                ASSERT_LT(dose.begin, dose.end) << text;
                ASSERT_LE(dose.end, text.size()) << text;
                ASSERT_GE(dose.begin, previous) << text;
                ASSERT_FALSE(dose.unit.parts.empty()) << text;
                for (const TextRange& number : dose.numbers)
                    ASSERT_TRUE(number.first >= dose.begin && number.second <= dose.end) << text;
                previous = dose.begin;
            }
        }
    }
}

} // namespace
} // namespace medloc

namespace medloc {
namespace {

// A numeral past what a double holds reads as infinity, which is no amount: a dose of it
// was once not the same amount as itself (found by the dose fuzzer,
// fuzz/regressions/dose/). Such numbers are left alone; big real numbers are still read.
TEST(DoseFinder, LeavesNumbersPastADoubleAlone) {
    for (const std::string locale : {"en-US", "fr-FR"}) {
        for (const Dose& dose : doses_in("55555555E55555 mg", locale)) {
            EXPECT_TRUE(std::isfinite(dose.low)) << describe(dose);
            EXPECT_TRUE(same_amount(dose, dose.low, dose, dose.low)) << describe(dose);
        }
    }
    EXPECT_EQ(summaries("Up to 1,000,000 IU.", "en-US"), (Summaries{"1000000 IU"}));
}

} // namespace
} // namespace medloc
