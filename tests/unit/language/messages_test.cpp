#include "language/messages.h"

#include <regex>
#include <set>

#include <gtest/gtest.h>

namespace medloc {
namespace {

// The argument names a pattern uses ({name}, {name, plural, …}, {name, select, …}).
std::set<std::string> argument_names(std::string_view pattern) {
    std::set<std::string> names;
    const std::string text(pattern);
    static const std::regex argument(R"(\{([a-z]+)(\}|,))");
    for (auto it = std::sregex_iterator(text.begin(), text.end(), argument);
         it != std::sregex_iterator(); ++it)
        names.insert((*it)[1]);
    return names;
}

TEST(MessageCatalogue, EveryMessageHasBothLanguagesWithTheSameArguments) {
    std::set<std::string_view> ids;
    for (const CatalogueEntry& entry : message_catalogue()) {
        EXPECT_TRUE(ids.insert(entry.id).second) << "twice: " << entry.id;
        EXPECT_FALSE(entry.english.empty()) << entry.id;
        EXPECT_FALSE(entry.french.empty()) << entry.id;
        EXPECT_EQ(argument_names(entry.english), argument_names(entry.french)) << entry.id;
        // Both format with sample arguments, and differently (a translation, not a copy),
        // except words French writes the same.
        std::vector<MessageArgument> arguments;
        for (const std::string& name : argument_names(entry.english)) {
            const bool counted =
                std::string(entry.english).find("{" + name + ", plural") != std::string::npos;
            arguments.push_back({name, counted ? "2" : "x", counted});
        }
        const std::string english = format_message(entry.id, arguments, "en");
        const std::string french = format_message(entry.id, arguments, "fr");
        EXPECT_FALSE(english.empty()) << entry.id;
        EXPECT_EQ(english.find('{'), std::string::npos) << entry.id << ": " << english;
        EXPECT_EQ(french.find('{'), std::string::npos) << entry.id << ": " << french;
        if (entry.id != "family.suppression") {
            EXPECT_NE(english, french) << entry.id;
        }
    }
}

TEST(MessageCatalogue, PluralRulesOfEachLanguage) {
    const auto summary = [](int files, int errors, const char* language) {
        return format_message("summary.checked",
                              {{"files", std::to_string(files), true},
                               {"errors", std::to_string(errors), true},
                               {"warnings", "0", true},
                               {"infos", "1", true}},
                              language);
    };
    EXPECT_EQ(summary(1, 0, "en"), "medloc: 1 file checked, 0 errors, 0 warnings, 1 info");
    EXPECT_EQ(summary(10, 2, "en"), "medloc: 10 files checked, 2 errors, 0 warnings, 1 info");
    // French counts 0 and 1 in the singular.
    EXPECT_EQ(summary(1, 0, "fr"), "medloc\u00A0: 1 fichier vérifié, 0 erreur, 0 avertissement, "
                                   "1 information");
    EXPECT_EQ(summary(10, 2, "fr-FR"), "medloc\u00A0: 10 fichiers vérifiés, 2 erreurs, "
                                       "0 avertissement, 1 information");
}

TEST(MessageCatalogue, EnglishIsTheTextMedlocAlwaysPrinted) {
    EXPECT_EQ(format_message("typography.missing-space-after", {{"mark", ":"}}, "en"),
              "missing space after ':'");
    EXPECT_EQ(format_message("typography.ellipsis", {}, "en"),
              "three dots: use the ellipsis character '…'");
    EXPECT_EQ(
        format_message("translation.stale-unit", {{"unit", "q"}, {"previous", "final"}}, "en"),
        "unit 'q': the source changed after it was translated (it was final); review the "
        "translation and set its state again");
    EXPECT_EQ(format_message("translation.stale-unit", {{"unit", "q"}, {"previous", "none"}}, "en"),
              "unit 'q': the source changed after it was translated; review the translation and "
              "set its state again");
    EXPECT_EQ(format_message("no.such.message", {}, "fr"), "no.such.message");
}

// Apostrophes around and between arguments are where ICU's quoting bites: the English of
// these is what medloc printed before the catalogue, byte for byte.
TEST(MessageCatalogue, QuotedArgumentsKeepTheirApostrophes) {
    EXPECT_EQ(format_message("medical.error-prone-unit.iu",
                             {{"dose", "10 UI"}, {"better", "unités internationales"}}, "en"),
              "error-prone unit in the dose '10 UI': 'UI' and 'IU' are misread as IV or 10; "
              "write 'unités internationales'");
    EXPECT_EQ(format_message("typography.mixed-apostrophes.typographic", {{"count", "3"}}, "en"),
              "typographic apostrophe ’ in an article that uses ' (3 times)");
    EXPECT_EQ(format_message("schema.id-mismatch", {{"id", "a"}, {"expected", "b"}}, "en"),
              "article id 'a' differs from the file name 'b.xml'");
    EXPECT_EQ(format_message("terminology.mixed-synonyms",
                             {{"term", "x"}, {"other", "y"}, {"concept", "c1"}}, "en"),
              "'x' and 'y' name one concept (c1) in this article: keep one");
    EXPECT_EQ(format_message("suppression.missing-reason", {}, "en"),
              "medloc-ignore without a reason: say why, as in <?medloc-ignore "
              "spelling.unknown-word reason=\"brand name\"?>");
    // Line numbers are text, never grouped as numbers ("1,234").
    EXPECT_EQ(format_message("schema.duplicate-id",
                             {{"id", "i"}, {"element", "p"}, {"line", "1234"}, {"column", "5"}},
                             "fr"),
              "identifiant «\u00A0i\u00A0» en double (déjà employé par <p> ligne 1234, "
              "colonne 5)");
}

TEST(MessageCatalogue, SelectsTheStatusAndKeepsTheLoadersDetail) {
    const std::vector<MessageArgument> superseded = {
        {"status", "superseded"}, {"term", "t"}, {"concept", "c"}, {"preferred", "p"}};
    EXPECT_EQ(format_message("terminology.deprecated-term.use", superseded, "en"),
              "superseded term 't' (concept c): use 'p'");
    EXPECT_EQ(format_message("terminology.deprecated-term.use", superseded, "fr"),
              "terme remplacé «\u00A0t\u00A0» (concept c)\u00A0: employez «\u00A0p\u00A0»");
    // libxml2's text is the detail: English as it was, French behind a French frame.
    const std::vector<MessageArgument> detail = {{"detail", "Opening and ending tag mismatch"}};
    EXPECT_EQ(format_message("schema.not-well-formed", detail, "en"),
              "Opening and ending tag mismatch");
    EXPECT_EQ(format_message("schema.not-well-formed", detail, "fr"),
              "XML mal formé\u00A0: Opening and ending tag mismatch");
}

TEST(MessageCatalogue, AFindingSpeaksTheReadersLanguage) {
    Finding finding;
    set_message(finding, "typography.space-before-comma", {{"mark", ","}});
    EXPECT_EQ(finding.message, "space before ','");
    EXPECT_EQ(localized_message(finding, "en"), "space before ','");
    EXPECT_EQ(localized_message(finding, "fr"), "espace avant «\u00A0,\u00A0»");
    Finding plain;
    plain.message = "not from the catalogue";
    EXPECT_EQ(localized_message(plain, "fr"), "not from the catalogue");
}

} // namespace
} // namespace medloc
