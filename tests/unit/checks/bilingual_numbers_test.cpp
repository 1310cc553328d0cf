// medical.dose-mismatch and translation.number-mismatch on translated segments: every
// class of false alarm seen on real professional translations is a near miss here, every
// class of real mismatch a true positive, and the sample articles' dosing sentences
// translated into German, Spanish, Italian and Brazilian Portuguese are clean until one
// dose is changed.
#include "checks/rule_registry.h"
#include "engine/file_checker.h"
#include "loading/xml_parser.h"
#include "test_support.h"

#include <gtest/gtest.h>

namespace medloc {
namespace {

namespace fs = std::filesystem;

std::string escape(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '&')
            out += "&amp;";
        else if (c == '<')
            out += "&lt;";
        else if (c == '>')
            out += "&gt;";
        else
            out += c;
    }
    return out;
}

std::string xliff(const std::string& source_locale, const std::string& target_locale,
                  const std::vector<std::pair<std::string, std::string>>& pairs) {
    std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" "
                      "srcLang=\"" +
                      source_locale + "\" trgLang=\"" + target_locale +
                      "\">\n  <file id=\"f1\" original=\"a.xml\">\n";
    for (std::size_t i = 0; i < pairs.size(); ++i)
        xml += "    <unit id=\"u" + std::to_string(i + 1) + "\"><segment state=\"final\"><source>" +
               escape(pairs[i].first) + "</source><target>" + escape(pairs[i].second) +
               "</target></segment></unit>\n";
    return xml + "  </file>\n</xliff>\n";
}

class BilingualNumbers : public ::testing::Test {
protected:
    void SetUp() override { schema_.emplace(testing::article_schema()); }

    std::vector<Finding> check(const fs::path& path) const {
        const SeverityPolicy policy;
        const RuleServices services;
        const FileChecker checker(*schema_, builtin_rules(), policy, {}, services);
        std::vector<Finding> selected;
        for (Finding finding : checker.check_file(path.string()).findings)
            if (finding.rule_id == "medical.dose-mismatch" ||
                finding.rule_id == "translation.number-mismatch")
                selected.push_back(std::move(finding));
        return selected;
    }

    // The dose and number findings on one pair.
    std::vector<Finding> pair(const std::string& source, const std::string& target,
                              const std::string& source_locale = "en-US",
                              const std::string& target_locale = "fr-FR") const {
        const auto path =
            dir_.write("pair.xlf", xliff(source_locale, target_locale, {{source, target}}));
        return check(path);
    }

    static std::string describe(const std::vector<Finding>& findings) {
        std::string out;
        for (const Finding& finding : findings)
            out += finding.rule_id + ": " + finding.message + "\n";
        return out;
    }

    std::optional<XmlSchema> schema_;
    testing::TempDir dir_;
};

// Each class of false alarm that real English–French translations raised.
TEST_F(BilingualNumbers, DatesAndOrdinalsAreNotCounts) {
    for (const auto& [source, target] : std::vector<std::pair<std::string, std::string>>{
             {"Between July 1, 2014, and July 31, 2016, 12 wards took part.",
              "Entre le 1er juillet 2014 et le 31 juillet 2016, 12 services ont participé."},
             {"On the 1st day, give 2 tablets.", "Le 1er jour, donnez 2 comprimés."},
             {"From 01/2016 to 06/2017, 30 patients were seen.",
              "De janvier 2016 à juin 2017, 30 patients ont été vus."},
             {"the 3rd and 4th doses", "les 3e et 4e doses"},
         })
        EXPECT_TRUE(pair(source, target).empty()) << source << "\n"
                                                  << describe(pair(source, target));
}

TEST_F(BilingualNumbers, DecadesAndYearSpansWrittenShortOrLong) {
    EXPECT_TRUE(pair("It started in the 1980s.", "Elle a commencé dans les années 1980.").empty());
    EXPECT_TRUE(
        pair("Dans les années 80, 28 % des cas.", "In the 1980s, 28% of cases.", "fr-FR", "en-US")
            .empty());
    EXPECT_TRUE(
        pair("The 2006-16 cohort had 40 patients.", "La cohorte 2006-2016 comptait 40 patients.")
            .empty());
    EXPECT_TRUE(
        pair("le programme « 3 millions d’ici 2005 »", "the \"3 by 5\" programme", "fr-FR", "en-US")
            .empty());
}

TEST_F(BilingualNumbers, WordsForCountsMultiplesFractionsAndPercent) {
    for (const auto& [source, target] : std::vector<std::pair<std::string, std::string>>{
             {"Apply it twice daily for 4 weeks.",
              "Appliquez-le deux fois par jour pendant 4 semaines."},
             {"Take it three times a day.", "Prenez-le 3 fois par jour."},
             {"The risk rose fourfold.", "Le risque a quadruplé."},
             {"a 4-fold increase, 3x per day", "une hausse d’un facteur 4, 3 fois par jour"},
             {"Wait one and a half hours.", "Attendez une heure et demie."},
             {"Give ½ tablet.", "Donnez 0,5 comprimé."},
             {"Ninety-five percent of children", "Quatre-vingt-quinze pour cent des enfants"},
             {"Cent trente six patients ont été admis.", "A total of 136 patients were admitted."},
             {"Mille neuf cent treize personnes", "1913 persons"},
             {"dont huit millions d’aveugles", "of whom eight million are blind"},
         }) {
        const bool french_source = source.find("patients ont") != std::string::npos ||
                                   source.find("personnes") != std::string::npos ||
                                   source.find("dont") != std::string::npos;
        const auto found =
            french_source ? pair(source, target, "fr-FR", "en-US") : pair(source, target);
        EXPECT_TRUE(found.empty()) << source << "\n" << describe(found);
    }
}

// "both" for "les deux", "×" and "x" for "fois": count words are counts; one that the
// other side leaves out ("both men and women") is no finding.
TEST_F(BilingualNumbers, CountWordsAndTheMultiplicationSign) {
    struct Case {
        std::string source, target, source_locale, target_locale;
    };
    for (const Case& c : std::vector<Case>{
             {"Le test a été fait par un opérateur sur les deux bras.",
              "The test was done by 1 operator on both arms.", "fr-FR", "en-US"},
             {"Both arms were measured by 1 nurse.",
              "Beide Arme wurden von einer Pflegekraft "
              "gemessen.",
              "en-US", "de-DE"},
             {"Both arms, 2 nurses.", "Ambos brazos, dos enfermeras.", "en-US", "es-ES"},
             {"Both men and women were seen in 1 clinic.",
              "Hommes et femmes ont été vus dans 1 clinique.", "en-US", "fr-FR"},
             {"Give it 3× weekly.", "Donnez-le 3 fois par semaine.", "en-US", "fr-FR"},
             {"Give it 3× weekly.", "Donnez-le trois fois par semaine.", "en-US", "fr-FR"},
             {"Give it three times a week.", "Donnez-le 3× par semaine.", "en-US", "fr-FR"},
             {"Give it 2x daily.", "Geben Sie es zweimal täglich.", "en-US", "de-DE"},
             {"It rose fourfold in both groups.", "Il a été multiplié par 4 dans les deux groupes.",
              "en-US", "fr-FR"},
             {"Es stieg um das Vierfache.", "It rose fourfold.", "de-DE", "en-US"},
         }) {
        const auto found = pair(c.source, c.target, c.source_locale, c.target_locale);
        EXPECT_TRUE(found.empty()) << c.source << " -> " << c.target << "\n" << describe(found);
    }
}

// "310 to 870 thousand" for "310 000-870 000": a scale word shared by both ends of a range.
TEST_F(BilingualNumbers, AScaleWordSharedByARange) {
    struct Case {
        std::string source, target, source_locale, target_locale;
    };
    for (const Case& c : std::vector<Case>{
             {"400 000 cas (intervalle : 310 000-870 000)",
              "400 thousand cases (range: 310 to 870 thousand)", "fr-FR", "en-US"},
             {"de 2 à 3 millions de cas", "2 to 3 million cases", "fr-FR", "en-US"},
             {"between 2 and 3 million people", "entre 2 000 000 et 3 000 000 de personnes",
              "en-US", "fr-FR"},
             {"one to two million people", "1 bis 2 Millionen Menschen", "en-US", "de-DE"},
             {"2 to 3 million people", "entre 2 y 3 millones de personas", "en-US", "es-ES"},
             {"2 to 3 million people", "de 2 a 3 milhões de pessoas", "en-US", "pt-BR"},
         }) {
        const auto found = pair(c.source, c.target, c.source_locale, c.target_locale);
        EXPECT_TRUE(found.empty()) << c.source << " -> " << c.target << "\n" << describe(found);
    }
}

TEST_F(BilingualNumbers, IdentifiersAbbreviationsAndListNumbering) {
    for (const auto& [source, target] : std::vector<std::pair<std::string, std::string>>{
             {"IL-6 and ACE2 levels in COVID-19", "les taux d’IL 6 et d’ACE 2 dans la COVID 19"},
             {"dipeptidyl peptidase-4 inhibitors", "inhibiteurs de la DPP-4"},
             {"(1) rest; (2) fluids; (3) paracetamol.", "1) repos ; 2) boissons ; 3) paracétamol."},
             {"in 5 U.S. states and 2 U.K. cities",
              "dans 5 États américains et 2 villes britanniques"},
         })
        EXPECT_TRUE(pair(source, target).empty()) << source << "\n"
                                                  << describe(pair(source, target));
}

TEST_F(BilingualNumbers, GroupingSeparatorsClockTimesAndStraySpaces) {
    EXPECT_TRUE(
        pair("Of 55,516 patients, 30,760 had one.", "Des 55.516 patients, 30.760 en avaient un.")
            .empty());
    EXPECT_TRUE(pair("Prenez-le à 20 h.", "Take it at 8 pm.", "fr-FR", "en-US").empty());
    EXPECT_TRUE(pair("intervalle : 1 ,04-1,76 (p < 0, 001)", "interval: 1.04-1.76 (P < 0.001)",
                     "fr-FR", "en-US")
                    .empty());
    EXPECT_TRUE(pair("Rounded: 70.1% and 14.9%.", "Arrondis : 70 % et 15 %.").empty());
}

TEST_F(BilingualNumbers, CountsOfIntakesWithoutAnAmountAreNotDoses) {
    EXPECT_TRUE(pair("Respectez 6 heures entre deux prises.", "Wait 6 hours between doses.",
                     "fr-FR", "en-US")
                    .empty());
    EXPECT_TRUE(
        pair("Children received 3 or more doses.", "Les enfants ont été vaccinés.").empty());
    EXPECT_TRUE(pair("La protection apparaît quinze jours après.",
                     "Protection appears two weeks later.", "fr-FR", "en-US")
                    .empty());
}

// Each class of real mismatch stays reported.
TEST_F(BilingualNumbers, RealMismatchesAreReported) {
    struct Case {
        std::string source, target, rule;
    };
    for (const Case& c : std::vector<Case>{
             {"Give 15 mg every 6 hours.", "Donnez 1,5 mg toutes les 6 heures.",
              "medical.dose-mismatch"},
             {"Give 15 mg every 6 hours.", "Donnez 15 mg toutes les 8 heures.",
              "medical.dose-mismatch"},
             {"Take two puffs.", "Prenez quatre bouffées.", "medical.dose-mismatch"},
             {"The tablet holds 50 mg.", "Le comprimé contient 50 µg.", "medical.dose-mismatch"},
             {"Give 10 mL of syrup twice a day.", "Donnez du sirop deux fois par jour.",
              "medical.dose-mismatch"},
             {"Take it twice a day.", "Prenez-le trois fois par jour.", "medical.dose-mismatch"},
             {"228 dogs (49.2%) were infected.", "228 chiens (19,2 %) étaient infestés.",
              "medical.dose-mismatch"},
             {"Call 15 or 112.", "Appelez le 18 ou le 112.", "translation.number-mismatch"},
             {"a trend (p=0.013)", "une tendance (p=0,113)", "translation.number-mismatch"},
             {"in 2016", "en 2017", "translation.number-mismatch"},
             {"Give it 3× weekly.", "Donnez-le 2 fois par semaine.", "medical.dose-mismatch"},
             {"Give it three times a week.", "Donnez-le 2× par semaine.", "medical.dose-mismatch"},
             {"range: 310 to 870 thousand", "intervalle : 310 000-890 000",
              "translation.number-mismatch"},
             {"2 to 3 million cases", "de 2 à 4 millions de cas", "translation.number-mismatch"},
             {"Both arms, 2 nurses.", "Les deux bras, 3 infirmières.",
              "translation.number-mismatch"},
         }) {
        const auto found = pair(c.source, c.target);
        ASSERT_EQ(found.size(), 1u) << c.source << " -> " << c.target << "\n" << describe(found);
        EXPECT_EQ(found.front().rule_id, c.rule) << c.source;
    }
}

// The sample articles' dosing sentences, translated for the tests: clean as written; with
// one amount or one interval changed, exactly that finding.
class SampleTranslations
    : public BilingualNumbers,
      public ::testing::WithParamInterface<std::tuple<const char*, const char*, const char*>> {};

TEST_P(SampleTranslations, CleanAsTranslatedAndOneFindingPerChangedDose) {
    const auto& [locale, interval, changed_interval] = GetParam();
    const fs::path fixture = testing::source_dir() / "tests/fixtures/bilingual" /
                             (std::string("sample-dosing.") + locale + ".xlf");
    const std::string text = testing::read_text(fixture);
    const auto clean = check(fixture);
    EXPECT_TRUE(clean.empty()) << locale << "\n" << describe(clean);

    for (const auto& [from, to] : std::vector<std::pair<std::string, std::string>>{
             {"15 mg/kg", "25 mg/kg"}, {interval, changed_interval}}) {
        std::string changed = text;
        const std::size_t at = changed.find(from, changed.find("<target>"));
        ASSERT_NE(at, std::string::npos) << from;
        changed.replace(at, from.size(), to);
        const auto found = check(dir_.write("changed.xlf", changed));
        ASSERT_EQ(found.size(), 1u) << locale << ": " << from << " -> " << to << "\n"
                                    << describe(found);
        EXPECT_EQ(found.front().rule_id, "medical.dose-mismatch");
        EXPECT_NE(found.front().message.find(to), std::string::npos) << found.front().message;
    }
}

INSTANTIATE_TEST_SUITE_P(Locales, SampleTranslations,
                         ::testing::Values(std::make_tuple("de-DE", "sechs Stunden",
                                                           "acht Stunden"),
                                           std::make_tuple("es-ES", "seis horas", "ocho horas"),
                                           std::make_tuple("it-IT", "sei ore", "otto ore")));

// A locale no code of medloc names: its numbers, units and plural forms come from CLDR.
TEST_F(BilingualNumbers, ALocaleWithNoCodeOfItsOwnWorksThroughCldr) {
    const std::vector<std::pair<std::string, std::string>> pairs = {
        {"Le paracétamol se donne à raison de 15 mg/kg toutes les six heures, sans dépasser "
         "60 mg/kg par jour.",
         "O paracetamol é dado na dose de 15 mg/kg a cada seis horas, sem ultrapassar 60 mg/kg "
         "por dia."},
        {"La fièvre dure plus de trois jours ou dépasse 40 °C.",
         "A febre dura mais de três dias ou passa de 40 °C."},
        {"Votre bébé a moins de trois mois.", "Seu bebê tem menos de três meses."},
    };
    const auto clean = check(dir_.write("pt.xlf", xliff("fr-FR", "pt-BR", pairs)));
    EXPECT_TRUE(clean.empty()) << describe(clean);
    auto changed = pairs;
    changed[0].second.replace(changed[0].second.find("seis horas"), 10, "oito horas");
    const auto found = check(dir_.write("pt.xlf", xliff("fr-FR", "pt-BR", changed)));
    ASSERT_EQ(found.size(), 1u) << describe(found);
    EXPECT_NE(found.front().message.find("oito horas"), std::string::npos);
    changed = pairs;
    changed[1].second.replace(changed[1].second.find("três dias"), 10, "cinco dias");
    const auto days = check(dir_.write("pt.xlf", xliff("fr-FR", "pt-BR", changed)));
    ASSERT_EQ(days.size(), 1u) << describe(days);
}

// <?medloc-ignore?> in an XLIFF file works as in an article: the finding it names is
// hidden inside the unit that follows, and one that hides nothing is reported.
TEST_F(BilingualNumbers, SuppressionsInXliffWorkAsInArticles) {
    const fs::path folder = testing::source_dir() / "tests/fixtures/rules/suppression.unused";
    EXPECT_TRUE(check(folder / "near-miss.xlf").empty());
    const SeverityPolicy policy;
    const RuleServices services;
    const FileChecker checker(*schema_, builtin_rules(), policy, {}, services);
    const auto unused = checker.check_file((folder / "true-positive.xlf").string()).findings;
    ASSERT_EQ(std::count_if(unused.begin(), unused.end(),
                            [](const Finding& f) { return f.rule_id == "suppression.unused"; }),
              1);
    const auto used = checker.check_file((folder / "near-miss.xlf").string()).findings;
    EXPECT_EQ(std::count_if(used.begin(), used.end(),
                            [](const Finding& f) {
                                return f.rule_id.starts_with("suppression.") ||
                                       f.rule_id == "medical.dose-mismatch";
                            }),
              0);
    // Without the instruction, the unit's dose is reported.
    std::string bare = testing::read_text(folder / "near-miss.xlf");
    bare.erase(bare.find("<?medloc-ignore"),
               bare.find("?>", bare.find("<?medloc-ignore")) + 2 - bare.find("<?medloc-ignore"));
    EXPECT_EQ(check(dir_.write("bare.xlf", bare)).size(), 1u);
}

} // namespace
} // namespace medloc
