// The one reader of numbers: values and kinds in several locales, from ICU/CLDR data.
#include "language/locale_numbers.h"
#include "language/number_finder.h"

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

TEST(LocaleNumbers, ComeFromCldrForALocaleNoCodeNames) {
    const LocaleNumbers& dutch = locale_numbers("nl-NL");
    EXPECT_EQ(dutch.decimal_separator, ",");
    EXPECT_EQ(dutch.cardinal("drie"), 3);
    EXPECT_TRUE(dutch.months.contains("januari"));
    EXPECT_EQ(values("drieëntwintig dagen", "nl-NL"), (Values{23}));
}

} // namespace
} // namespace medloc
