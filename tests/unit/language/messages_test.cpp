#include "language/messages.h"

#include <cctype>
#include <set>

#include <gtest/gtest.h>
#include <unicode/messagepattern.h>

namespace medloc {
namespace {

// The argument names a pattern uses ({name}, {name, plural, …}, {name, select, …}), as
// ICU parses it: a select's branch of one word ({reviewer}) is text, not an argument.
std::set<std::string> argument_names(std::string_view pattern) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::MessagePattern parsed(icu::UnicodeString::fromUTF8(pattern), nullptr, status);
    EXPECT_TRUE(U_SUCCESS(status)) << pattern;
    std::set<std::string> names;
    for (int32_t i = 0; U_SUCCESS(status) && i < parsed.countParts(); ++i)
        if (const icu::MessagePattern::Part& part = parsed.getPart(i);
            part.getType() == UMSGPAT_PART_TYPE_ARG_NAME) {
            std::string name;
            parsed.getSubstring(part).toUTF8String(name);
            names.insert(name);
        }
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

// French typography in every French pattern: a no-break space before : ; ? ! that end a
// phrase and inside « », the typographic apostrophe between letters.
TEST(MessageCatalogue, FrenchPatternsFollowFrenchTypography) {
    const std::string nbsp = "\u00A0";
    for (const CatalogueEntry& entry : message_catalogue()) {
        const std::string french(entry.french);
        for (std::size_t i = 0; i < french.size(); ++i) {
            const char c = french[i];
            const bool ends_phrase = i + 1 == french.size() || french[i + 1] == ' ' ||
                                     french[i + 1] == ')' || french[i + 1] == '}';
            if ((c == ':' || c == ';' || c == '?' || c == '!') && ends_phrase) {
                EXPECT_TRUE(i >= 2 && french.compare(i - 2, 2, nbsp) == 0)
                    << entry.id << ": no no-break space before '" << c << "' in " << french;
            }
            if (c == '\'' && i > 0 && i + 1 < french.size()) {
                EXPECT_FALSE(std::isalpha(static_cast<unsigned char>(french[i - 1])) &&
                             std::isalpha(static_cast<unsigned char>(french[i + 1])))
                    << entry.id << ": straight apostrophe in " << french;
            }
        }
        for (std::size_t at = french.find("\u00AB"); at != std::string::npos;
             at = french.find("\u00AB", at + 1))
            EXPECT_EQ(french.compare(at + 2, 2, nbsp), 0) << entry.id << ": « " << french;
        for (std::size_t at = french.find("\u00BB"); at != std::string::npos;
             at = french.find("\u00BB", at + 1))
            EXPECT_TRUE(at >= 2 && french.compare(at - 2, 2, nbsp) == 0)
                << entry.id << ": » " << french;
    }
}

TEST(MessageCatalogue, CountsChooseTheWordsInEachLanguage) {
    const auto name = [](const char* count, const char* language) {
        return format_message("spelling.unknown-name",
                              {{"word", "Doliprane"}, {"count", count, true}}, language);
    };
    EXPECT_EQ(name("1", "en"), "unknown name 'Doliprane': if it is written right, add it to a "
                               "project word list (terminology/*.txt)");
    EXPECT_EQ(name("3", "en"), "unknown name 'Doliprane': if it is written right, add it to a "
                               "project word list (terminology/*.txt) (3 times in this article)");
    EXPECT_EQ(name("1", "fr"), "nom inconnu «\u00A0Doliprane\u00A0»\u00A0: s’il est bien écrit, "
                               "ajoutez-le à une liste de mots du projet (terminology/*.txt)");
    // English digits are never grouped, as medloc always printed them; French groups them
    // with a narrow no-break space.
    EXPECT_NE(name("1234", "en").find("(1234 times in this article)"), std::string::npos);
    EXPECT_NE(name("1234", "fr").find("(1\u202F234 fois dans cet article)"), std::string::npos)
        << name("1234", "fr");
    const auto not_nfc = [](const char* blocks, const char* language) {
        return format_message("spelling.not-nfc", {{"blocks", blocks, true}}, language);
    };
    EXPECT_EQ(not_nfc("1", "en"),
              "text is not in Unicode NFC (a decomposed character); normalise the file to NFC");
    EXPECT_EQ(not_nfc("2", "fr"), "le texte n’est pas en Unicode NFC (un caractère décomposé, "
                                  "dans 2 blocs)\u00A0; normalisez le fichier en NFC");
    const std::vector<MessageArgument> expired = {
        {"date", "2020-01-15"}, {"months", "1", true}, {"today", "2020-02-16"}, {"max", "1", true}};
    EXPECT_EQ(format_message("medical.review-expired", expired, "en"),
              "medical review of 2020-01-15 is 1 month old on 2020-02-16, past the 1 month "
              "allowed (medical.review-max-age): review the article again");
    EXPECT_EQ(format_message("medical.review-expired", expired, "fr"),
              "la relecture médicale du 2020-01-15 a 1 mois le 2020-02-16, au-delà de la limite "
              "de 1 mois (medical.review-max-age)\u00A0: faites relire l’article à nouveau");
}

TEST(MessageCatalogue, ListsAreQuotedTheWayEachLanguageQuotes) {
    const std::vector<MessageArgument> one = {quoted_list("added", {"12"}),
                                              {"count", "1", true},
                                              {"value", "12"},
                                              quoted_list("missing", {"21", "3"})};
    EXPECT_EQ(format_message("translation.number-mismatch", one, "en"),
              "number '12' (12) is not in the source; the source has '21', '3'");
    EXPECT_EQ(format_message("translation.number-mismatch", one, "fr"),
              "le nombre «\u00A012\u00A0» (12) n’est pas dans la source\u00A0; la source contient "
              "«\u00A021\u00A0», «\u00A03\u00A0»");
    const std::vector<MessageArgument> two = {quoted_list("doses", {"5 mg", "10 mg"}),
                                              {"count", "2", true},
                                              {"reading", "5 mg"},
                                              quoted_list("source", {"50 mg"})};
    EXPECT_EQ(format_message("medical.dose-mismatch", two, "en"),
              "doses '5 mg', '10 mg' are not in the source, which has '50 mg'");
    EXPECT_EQ(format_message("medical.dose-mismatch", two, "fr"),
              "les doses «\u00A05 mg\u00A0», «\u00A010 mg\u00A0» ne sont pas dans la source, qui "
              "contient «\u00A050 mg\u00A0»");
}

TEST(MessageCatalogue, ALanguageIsNamedInTheReadersLanguage) {
    const std::vector<MessageArgument> arguments = {
        {"word", "Krankenhaus"}, {"language", "de"}, {"count", "2", true}};
    EXPECT_EQ(format_message("spelling.foreign-word", arguments, "en"),
              "'Krankenhaus' is German, not the text's language: mark it with <foreign "
              "xml:lang=\"de\">, or add it to a project word list (2 times in this article)");
    EXPECT_EQ(format_message("spelling.foreign-word", arguments, "fr"),
              "«\u00A0Krankenhaus\u00A0» est un mot allemand, pas de la langue du texte\u00A0: "
              "balisez-le avec <foreign xml:lang=\"de\">, ou ajoutez-le à une liste de mots du "
              "projet (2 fois dans cet article)");
    const std::vector<MessageArgument> greek = {
        {"word", "βήτα"}, {"script", "Greek"}, {"count", "1", true}};
    EXPECT_EQ(format_message("spelling.foreign-word.other-script", greek, "en"),
              "'βήτα' is in another script (Greek): mark its language with <foreign "
              "xml:lang=\"…\">");
    EXPECT_EQ(format_message("spelling.foreign-word.other-script", greek, "fr"),
              "«\u00A0βήτα\u00A0» est dans une autre écriture (grec)\u00A0: indiquez sa langue "
              "avec <foreign xml:lang=\"…\">");
    // A code ICU cannot name is shown as it is.
    EXPECT_NE(format_message("spelling.foreign-word",
                             {{"word", "x"}, {"language", "qqq"}, {"count", "1", true}}, "fr")
                  .find("est un mot qqq,"),
              std::string::npos);
}

TEST(MessageCatalogue, SelectsWhatTheReviewLacks) {
    EXPECT_EQ(format_message("medical.review-missing", {{"missing", "both"}}, "en"),
              "article marked approved without the review's reviewer and date: say who approved "
              "it and when (<review status=\"approved\" reviewer=\"…\" date=\"YYYY-MM-DD\"/>)");
    EXPECT_EQ(format_message("medical.review-missing", {{"missing", "date"}}, "fr"),
              "article marqué approuvé sans la date de la relecture\u00A0: indiquez qui l’a "
              "approuvé et quand (<review status=\"approved\" reviewer=\"…\" "
              "date=\"AAAA-MM-JJ\"/>)");
}

TEST(MessageCatalogue, TryFormatNeverFallsBack) {
    EXPECT_FALSE(try_format_message("no.such.message", {}, "en"));
    // A plural without its number is an ICU error: format_message falls back, try does not.
    EXPECT_FALSE(try_format_message("spelling.not-nfc", {{"blocks", "many"}}, "fr"));
    EXPECT_EQ(try_format_message("spelling.repeated-word", {{"word", "le"}}, "fr"),
              "mot répété «\u00A0le\u00A0»");
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
