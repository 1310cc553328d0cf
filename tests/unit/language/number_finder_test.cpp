// The one reader of numbers: values and kinds in several locales, from ICU/CLDR data.
#include "language/locale_numbers.h"
#include "language/number_finder.h"

#include <algorithm>

#include <gtest/gtest.h>

namespace medloc {
namespace {

struct Read {
    std::string text;
    double value;
    NumberKind kind;
};

std::vector<Read> read(const std::string& text, const std::string& locale) {
    WordTokenizer tokenizer(locale);
    const NumberFinder finder(locale);
    std::vector<Read> out;
    for (const NumberMention& number : finder.find(text, tokenizer.tokenize(text)))
        out.push_back(
            {text.substr(number.begin, number.end - number.begin), number.value, number.kind});
    return out;
}

std::vector<double> values(const std::string& text, const std::string& locale) {
    std::vector<double> out;
    for (const Read& number : read(text, locale))
        if (number.kind == NumberKind::cardinal)
            out.push_back(number.value);
    return out;
}

std::vector<NumberKind> kinds(const std::string& text, const std::string& locale) {
    std::vector<NumberKind> out;
    for (const Read& number : read(text, locale))
        out.push_back(number.kind);
    return out;
}

using Values = std::vector<double>;
using Kinds = std::vector<NumberKind>;

TEST(NumberFinder, ReadsSeparatorsTheLocaleWayAndTheOther) {
    EXPECT_EQ(values("2,5 mg et 1 000 mL", "fr-FR"), (Values{2.5, 1000}));
    EXPECT_EQ(values("2.5 mg and 1,000 mL", "en-US"), (Values{2.5, 1000}));
    EXPECT_EQ(values("1.000 mg", "de-DE"), (Values{1000}));
    WordTokenizer tokenizer("fr-FR");
    const NumberFinder finder("fr-FR");
    const std::string text = "Des 55.516 patients";
    const auto found = finder.find(text, tokenizer.tokenize(text));
    ASSERT_EQ(found.size(), 1u);
    EXPECT_TRUE(found[0].reads_as(55516));
    EXPECT_EQ(values("p < ,05 et 1 ,04", "fr-FR"), (Values{0.05, 1.04}));
    EXPECT_EQ(values("P = .005", "en-US"), (Values{0.005}));
}

TEST(NumberFinder, ReadsNumberWordsOfAnyLocaleThroughIcu) {
    EXPECT_EQ(values("Cent trente six patients", "fr-FR"), (Values{136}));
    EXPECT_EQ(values("Mille neuf cent treize personnes", "fr-FR"), (Values{1913}));
    EXPECT_EQ(values("vingt et un, quatre-vingt-quinze", "fr-FR"), (Values{21, 95}));
    EXPECT_EQ(values("fünfundzwanzig Tage", "de-DE"), (Values{25}));
    EXPECT_EQ(values("treinta y cinco días", "es-ES"), (Values{35}));
    EXPECT_EQ(values("ventidue giorni", "it-IT"), (Values{22}));
    EXPECT_EQ(values("vinte e duas horas", "pt-BR"), (Values{22}));
    EXPECT_EQ(values("eight million people", "en-US"), (Values{8e6}));
    EXPECT_EQ(values("260 thousand", "en-US"), (Values{260000}));
    // The forms of one are articles as often as numbers.
    EXPECT_TRUE(values("un enfant, one day, ein Kind", "fr-FR").empty());
}

TEST(NumberFinder, ReadsFractions) {
    EXPECT_EQ(values("½ comprimé, 2½ heures", "fr-FR"), (Values{0.5, 2.5}));
}

TEST(NumberFinder, GivesEachNumberItsKind) {
    EXPECT_EQ(kinds("the 1st, 2nd and 21st", "en-US"),
              (Kinds{NumberKind::ordinal, NumberKind::ordinal, NumberKind::ordinal}));
    EXPECT_EQ(kinds("le 1er et le 2e", "fr-FR"), (Kinds{NumberKind::ordinal, NumberKind::ordinal}));
    EXPECT_EQ(kinds("el 1.º", "es-ES"), (Kinds{NumberKind::ordinal}));
    EXPECT_EQ(kinds("in the 1980s, in 2016", "en-US"), (Kinds{NumberKind::year, NumberKind::year}));
    const auto span = read("the 2006-16 cohort", "en-US");
    ASSERT_EQ(span.size(), 2u);
    EXPECT_EQ(span[1].kind, NumberKind::year);
    EXPECT_EQ(span[1].value, 2016);
    EXPECT_EQ(kinds("July 1, 2014", "en-US"), (Kinds{NumberKind::date, NumberKind::year}));
    EXPECT_EQ(kinds("le 31 juillet", "fr-FR"), (Kinds{NumberKind::date}));
    EXPECT_EQ(kinds("am 3. März", "de-DE"), (Kinds{NumberKind::date}));
    EXPECT_EQ(kinds("from 01/2016", "en-US"), (Kinds{NumberKind::date, NumberKind::date}));
    EXPECT_EQ(kinds("IL-6, COVID-19", "en-US"),
              (Kinds{NumberKind::identifier, NumberKind::identifier}));
    EXPECT_EQ(kinds("(1) rest (2) fluids", "en-US"),
              (Kinds{NumberKind::list_marker, NumberKind::list_marker}));
    const auto clocks = read("at 8:30, 8 pm, à 14h30", "en-US");
    ASSERT_EQ(clocks.size(), 3u);
    EXPECT_EQ(clocks[0].value, 8.5);
    EXPECT_EQ(clocks[1].value, 20);
    EXPECT_EQ(clocks[2].value, 14.5);
    for (const Read& clock : clocks)
        EXPECT_EQ(clock.kind, NumberKind::clock) << clock.text;
}

TEST(NumberFinder, ReadsDigitGroupsSplitBySpacesWhateverTheirCount) {
    EXPECT_EQ(values("Sur 2 979 408 personnes", "fr-FR"), (Values{2979408}));
    EXPECT_EQ(values("entre 2 000 000 et 3 000 000", "fr-FR"), (Values{2e6, 3e6}));
    // Numbers of a list are not groups: the second does not have three digits.
    EXPECT_EQ(values("en 12 000 cas, 1 12 et 4", "fr-FR"), (Values{12000, 1, 12, 4}));
}

// Words that are counts without being numerals: the hand table of what CLDR lacks, for
// every language it holds; what a language does not write is not read in it.
TEST(NumberFinder, ReadsCountWordsAsCounts) {
    const auto counts = [](const std::string& text, const std::string& locale) {
        std::vector<std::pair<std::string, double>> out;
        for (const Read& number : read(text, locale))
            if (number.kind == NumberKind::count_word)
                out.emplace_back(number.text, number.value);
        return out;
    };
    using Counts = std::vector<std::pair<std::string, double>>;
    EXPECT_EQ(counts("in both eyes, twice, thrice, fourfold, doubled", "en-US"),
              (Counts{{"both", 2}, {"twice", 2}, {"thrice", 3}, {"fourfold", 4}, {"doubled", 2}}));
    EXPECT_EQ(counts("beide Augen, zweimal, dreifach", "de-DE"),
              (Counts{{"beide", 2}, {"zweimal", 2}, {"dreifach", 3}}));
    EXPECT_EQ(counts("ambos ojos, el doble", "es-ES"), (Counts{{"ambos", 2}, {"doble", 2}}));
    EXPECT_EQ(counts("entrambi gli occhi, il triplo", "it-IT"),
              (Counts{{"entrambi", 2}, {"triplo", 3}}));
    EXPECT_EQ(counts("ambas as mãos", "pt-BR"), (Counts{{"ambas", 2}}));
    EXPECT_EQ(counts("beide ogen, tweemaal", "nl-NL"), (Counts{{"beide", 2}, {"tweemaal", 2}}));
    // Near misses: English words in French, a fold that counts nothing, the forms of one
    // (articles as often), and "once", which is eleven in Spanish.
    EXPECT_TRUE(counts("both, twice, le pli, une fois", "fr-FR").empty());
    EXPECT_TRUE(counts("a fold, a day, one patient", "en-US").empty());
    EXPECT_EQ(values("once días", "es-ES"), (Values{11}));
    EXPECT_TRUE(counts("once días", "es-ES").empty());
}

// "310 to 870 thousand": the scale word is both ends'; each keeps its written value as a
// reading too.
TEST(NumberFinder, AScaleWordIsSharedByBothEndsOfARange) {
    EXPECT_EQ(values("310 to 870 thousand", "en-US"), (Values{310000, 870000}));
    EXPECT_EQ(values("between 2 and 3 million, 2 or 3 million", "en-US"),
              (Values{2e6, 3e6, 2e6, 3e6}));
    EXPECT_EQ(values("two to three million, one to two million", "en-US"),
              (Values{2e6, 3e6, 1e6, 2e6}));
    EXPECT_EQ(values("de 2 à 3 millions, de deux à trois millions, 2,5-3 millions", "fr-FR"),
              (Values{2e6, 3e6, 2e6, 3e6, 2.5e6, 3e6}));
    EXPECT_EQ(values("2–3 Millionen, zwischen 2 und 3 Millionen", "de-DE"),
              (Values{2e6, 3e6, 2e6, 3e6}));
    EXPECT_EQ(values("entre 2 y 3 millones", "es-ES"), (Values{2e6, 3e6}));
    EXPECT_EQ(values("da 2 a 3 milioni", "it-IT"), (Values{2e6, 3e6}));
    EXPECT_EQ(values("de 2 a 3 milhões", "pt-BR"), (Values{2e6, 3e6}));
    EXPECT_EQ(values("2 tot 3 miljoen", "nl-NL"), (Values{2e6, 3e6}));
    WordTokenizer tokenizer("en-US");
    const NumberFinder finder("en-US");
    const std::string text = "310 to 870 thousand";
    const auto range = finder.find(text, tokenizer.tokenize(text));
    ASSERT_EQ(range.size(), 2u);
    EXPECT_TRUE(range[0].reads_as(310));
    EXPECT_TRUE(range[1].reads_as(870));
    // Near misses: a falling range, a year, numbers that no range word joins.
    EXPECT_EQ(values("500 to 2 million", "en-US"), (Values{500, 2e6}));
    EXPECT_EQ(values("2 patients and 3 million", "en-US"), (Values{2, 3e6}));
    EXPECT_EQ(values("3, 4 millions", "fr-FR"), (Values{3, 4e6}));
    EXPECT_EQ(kinds("en 1999 et 3 millions", "fr-FR"),
              (Kinds{NumberKind::year, NumberKind::cardinal}));
    EXPECT_EQ(values("en 1999 et 3 millions", "fr-FR"), (Values{3e6}));
}

TEST(LocaleNumbers, RangeJointsComeFromCldrListPatterns) {
    const LocaleNumbers& polish = locale_numbers("pl-PL");
    EXPECT_NE(std::find(polish.list_joiners.begin(), polish.list_joiners.end(), "lub"),
              polish.list_joiners.end());
    EXPECT_EQ(values("2 lub 3 miliony", "pl-PL"), (Values{2e6, 3e6}));
}

TEST(LocaleNumbers, ComeFromCldrForALocaleNoCodeNames) {
    const LocaleNumbers& dutch = locale_numbers("nl-NL");
    EXPECT_EQ(dutch.decimal_separator, ",");
    EXPECT_EQ(dutch.cardinal("drie"), 3);
    EXPECT_TRUE(dutch.months.contains("januari"));
    EXPECT_EQ(values("drieëntwintig dagen", "nl-NL"), (Values{23}));
}

} // namespace
} // namespace medloc
