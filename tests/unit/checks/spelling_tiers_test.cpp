// The spelling rules on real words: what is not a word is silent, and each unknown word
// goes to the rule of its tier (a likely typo, a name, a foreign word, a term, a letter
// typed plain), with true positives and near misses for each.
#include "checks/rule_registry.h"
#include "engine/file_checker.h"
#include "loading/xml_parser.h"
#include "spelling/speller.h"
#include "test_support.h"

#include <algorithm>

#include <gtest/gtest.h>

namespace medloc {
namespace {

class SpellingTiers : public ::testing::Test {
protected:
    void SetUp() override {
        schema_.emplace(testing::article_schema());
        spelling_ = testing::project_spelling_service();
        services_.spelling = spelling_.get();
        services_.configured_locales = {"fr-FR", "en-US"};
    }

    // The spelling findings on an article whose answer is one paragraph of `text`.
    std::vector<Finding> spelling(const std::string& text) {
        const auto path = dir_.write(
            "article.xml", testing::article_xml("article", "<p id=\"p\">" + text + "</p>"));
        const SeverityPolicy policy;
        const FileChecker checker(*schema_, builtin_rules(), policy, {}, services_);
        std::vector<Finding> found;
        for (Finding finding : checker.check_file(path.string()).findings)
            if (finding.rule_id.starts_with("spelling.") && finding.block_id == "p")
                found.push_back(std::move(finding));
        return found;
    }

    // The rule that reported `word` (its flagged text), or "" when none did.
    std::string rule_for(const std::string& text, const std::string& word) {
        for (const Finding& finding : spelling(text))
            if (finding.flagged_text == word)
                return finding.rule_id;
        return {};
    }

    testing::TempDir dir_;
    std::optional<XmlSchema> schema_;
    std::unique_ptr<SpellingService> spelling_;
    RuleServices services_;
};

TEST_F(SpellingTiers, IdentifiersStrainsGenesFormulasUnitsAndCodesAreSilent) {
    const std::string text =
        "Le SARS-CoV-2, la souche A/California/7/2009 (H1N1)pdm09, le variant B.1.1.529, "
        "le gène BRCA1 et la protéine p53, Bcl-2, c-Myc, her-2/neu, l’HbA1c, les CD4+, "
        "l’ARNm, le Covid-19, les ions Ca++ et Na+, le NaCl, 120 mm Hg, 5 mg/kg/j, "
        "le code UE/1/04/123/001, ii) une liste, #vaccination, contact@ameli.fr, "
        "www.has-sante.fr, la variable open_blank et dose &lt; 5 mg.";
    const auto found = spelling(text);
    EXPECT_TRUE(found.empty()) << found.front().flagged_text << " " << found.front().rule_id;
}

TEST_F(SpellingTiers, UnitsOfDosesAndFormatCharactersAtWordEdgesAreNotWords) {
    // Units the dose reader recognises after a number are its business, however unusual
    // (medical.error-prone-unit reports "cc"); controls glued to a word are
    // typography.bidi-control's.
    EXPECT_EQ(rule_for("Injectez 5 cc deux fois par jour.", "cc"), "");
    EXPECT_EQ(rule_for("Lisez la notice\u202C avant usage\u202C.", "usage\u202C"), "");
    EXPECT_EQ(rule_for("Lisez la notice\u202C avant usage\u202C.", "usage"), "");
    // Near misses: the same letters without a number before them are reported (CC is an
    // acronym of the dictionary: in lower case, a name-tier warning), and a typo beside a
    // control is still one.
    EXPECT_EQ(rule_for("Le cc est une abréviation.", "cc"), "spelling.unknown-name");
    EXPECT_EQ(rule_for("Lisez la notcie\u202C avant usage.", "notcie"), "spelling.unknown-word");
}

TEST_F(SpellingTiers, ABareLanguageIsSpeltTheWayTheProjectWritesIt) {
    // The project writes en-US: text marked "en" is American English, not whichever
    // region's dictionary comes first (en_GB would reject "Centers").
    EXPECT_EQ(rule_for("Selon les <foreign xml:lang=\"en\">Centers for Disease Control</foreign>.",
                       "Centers"),
              "");
    // Near miss: a misspelling in that English is still reported.
    EXPECT_NE(rule_for("Selon les <foreign xml:lang=\"en\">Centerz for Disease Control</foreign>.",
                       "Centerz"),
              "");
}

TEST_F(SpellingTiers, LikelyTyposAreErrorsWithTheRightWordFirst) {
    const auto found = spelling("Une hémoragie, une farmacie, un resultat, des effetts.");
    ASSERT_EQ(found.size(), 4u);
    for (const Finding& finding : found) {
        EXPECT_EQ(finding.rule_id, "spelling.unknown-word") << finding.flagged_text;
        EXPECT_EQ(finding.severity, Severity::error);
    }
    EXPECT_EQ(found[0].suggestions.front(), "hémorragie");
    EXPECT_EQ(found[1].suggestions.front(), "pharmacie");
    EXPECT_EQ(found[2].suggestions.front(), "résultat");
    EXPECT_EQ(found[3].suggestions.front(), "effets");
    // The seed's word, with the project's medical word first.
    const auto seed = spelling("Des microrragies mineures.");
    ASSERT_EQ(seed.size(), 1u);
    EXPECT_EQ(seed[0].rule_id, "spelling.unknown-word");
    EXPECT_EQ(seed[0].suggestions.front(), "métrorragies");
    // A capital at a sentence's start does not hide a typo.
    EXPECT_EQ(rule_for("Hémoragie sévère.", "Hémoragie"), "spelling.unknown-word");
    // In French text "come" is comme mistyped, though English knows it.
    EXPECT_EQ(rule_for("Il dort come un bébé.", "come"), "spelling.unknown-word");
}

TEST_F(SpellingTiers, BrandsFromTheDrugDatabaseAreWords) {
    // Doliprane is in terminology/bdpm.fr.txt (generated from the BDPM).
    EXPECT_TRUE(spelling("Le Doliprane et le Gardasil, le paracétamol.").empty());
    // Near miss: a brand nobody lists is a name, a warning, never an error.
    const auto found = spelling("Le Zorbalix soulage.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].rule_id, "spelling.unknown-name");
    EXPECT_EQ(found[0].severity, Severity::warning);
    EXPECT_NE(found[0].message.find("word list"), std::string::npos) << found[0].message;
}

TEST_F(SpellingTiers, NamesInsideASentenceAreOneFindingPerNameAndArticle) {
    const auto found = spelling("Selon Zorbalix et Wojciech Kwiatkowski, puis Zorbalix "
                                "encore, chez Papio papio.");
    std::vector<std::string> names;
    for (const Finding& finding : found) {
        EXPECT_EQ(finding.rule_id, "spelling.unknown-name") << finding.flagged_text;
        names.push_back(finding.flagged_text);
    }
    EXPECT_EQ(names, (std::vector<std::string>{"Zorbalix", "Wojciech Kwiatkowski", "Papio"}));
    EXPECT_NE(found[0].message.find("2 times in this article"), std::string::npos)
        << found[0].message;
    // Near miss: a lower-case name the dictionary knows capitalised is that name.
    EXPECT_EQ(rule_for("le doliprane", "doliprane"), "spelling.unknown-name");
    // A species repeating its genus says nothing more (Loa loa, whose genus is known or not).
    EXPECT_EQ(rule_for("Des infections à Loa loa.", "loa"), "");
    EXPECT_EQ(rule_for("Des infections à Loa loa.", "Loa loa"), "");
    // Near miss: at a sentence's start, "Le le" is a repeated word, not a species.
    EXPECT_EQ(rule_for("Le le patient dort.", "Le le"), "spelling.repeated-word");
}

TEST_F(SpellingTiers, ForeignWordsAndScripts) {
    const auto english = spelling("Voir « Recommendations of the American Thoracic Society ».");
    ASSERT_EQ(english.size(), 1u);
    EXPECT_EQ(english[0].rule_id, "spelling.foreign-word");
    EXPECT_EQ(english[0].flagged_text, "Recommendations of the American Thoracic Society");
    EXPECT_EQ(english[0].severity, Severity::info);
    EXPECT_NE(english[0].message.find("<foreign xml:lang=\"en\">"), std::string::npos)
        << english[0].message;
    EXPECT_EQ(rule_for("Un odds ratio élevé.", "odds"), "spelling.foreign-word");
    EXPECT_EQ(rule_for("La lettre βήτα.", "βήτα"), "spelling.foreign-word");
    // Near miss: marked English is checked as English, and is correct.
    EXPECT_TRUE(spelling("Un <foreign xml:lang=\"en-US\">odds ratio</foreign> élevé.").empty());
}

TEST_F(SpellingTiers, TermsFarFromEveryWordAreWarnings) {
    const auto found = spelling("Un traitement par xylofrandimab.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].rule_id, "spelling.unknown-term");
    EXPECT_EQ(found[0].severity, Severity::warning);
}

TEST_F(SpellingTiers, LettersTypedPlain) {
    // An article that writes accented capitals elsewhere: each plain one is reported.
    const auto mixed = spelling("Étude et Evaluation des risques.");
    ASSERT_EQ(mixed.size(), 1u);
    EXPECT_EQ(mixed[0].rule_id, "spelling.keyboard-fallback");
    EXPECT_EQ(mixed[0].suggestions.front(), "Évaluation");
    // œ typed oe.
    const auto oe = spelling("Un oedème et un coeur.");
    ASSERT_EQ(oe.size(), 1u); // the article never writes œ: its convention, said once
    EXPECT_EQ(oe[0].rule_id, "spelling.keyboard-fallback");
    EXPECT_NE(oe[0].message.find("2 words in all"), std::string::npos) << oe[0].message;
    // A text that lost all its accents: one finding, not one per word.
    const auto plain = spelling("Interet de l anesthesie generale chez l enfant.");
    ASSERT_EQ(plain.size(), 1u);
    EXPECT_EQ(plain[0].rule_id, "spelling.keyboard-fallback");
    // Near miss: in accented text, a missing accent is a typo.
    EXPECT_EQ(rule_for("La fièvre et l’anesthesie générale.", "anesthesie"),
              "spelling.unknown-word");
}

TEST_F(SpellingTiers, CompoundsOfCombiningFormsAndWords) {
    EXPECT_TRUE(spelling("Une douleur fronto-pariétale, une atteinte cutanéo-muqueuse, "
                         "une méningo-encéphalite, la co-administration, la voie "
                         "gastrointestinale, une leucoencéphalopathie, un biosimilaire.")
                    .empty());
    // Near misses: a misspelt part, and a known word mistyped that looks welded.
    EXPECT_EQ(rule_for("Une douleur frotno-pariétale.", "frotno"), "spelling.unknown-word");
    EXPECT_EQ(rule_for("La serologique est négative.", "serologique"), "spelling.unknown-word");
}

TEST_F(SpellingTiers, ShortPrefixesBeforeAHyphenAndAWord) {
    EXPECT_TRUE(spelling("La rifampicine co-administrée, une urine iso-osmotique, le niveau "
                         "sub-national, un abcès juxta-hépatique, un lambeau myo-cutané.")
                    .empty());
    // Near misses: a part that only lacks its accent is a typo; so is a prefix-like part
    // before a misspelt word, and a long part.
    EXPECT_EQ(rule_for("Dans l’apres-midi.", "apres"), "spelling.unknown-word");
    EXPECT_EQ(rule_for("Une urine iso-osmotiqe.", "osmotiqe"), "spelling.unknown-word");
    EXPECT_EQ(rule_for("Une douleur frotno-pariétale.", "frotno"), "spelling.unknown-word");
}

TEST_F(SpellingTiers, OrdinalEndingsAcronymsInLowerCaseAndAbbreviations) {
    // The ending of an ordinal set apart from its number is a spacing matter.
    EXPECT_EQ(rule_for("Sortie au 3 ème jour.", "ème"), "");
    // An acronym the dictionary knows, written in lower case: a name-tier warning with the
    // capitals suggested, not an error.
    const auto ok = spelling("D’accord, ok.");
    ASSERT_EQ(ok.size(), 1u);
    EXPECT_EQ(ok[0].rule_id, "spelling.unknown-name");
    EXPECT_EQ(ok[0].suggestions.front(), "OK");
    // A lower-case word without a vowel is an abbreviation: a term, a warning.
    EXPECT_EQ(rule_for("Le laboratoire msd et son siège.", "msd"), "spelling.unknown-term");
    // Near misses: a misspelling after a number, a misspelt word with vowels, a word one
    // letter from a word though its capitals are an acronym (GAMA).
    EXPECT_EQ(rule_for("Le rayonnement gama.", "gama"), "spelling.unknown-word");
    EXPECT_EQ(rule_for("Prendre 3 fos par jour.", "fos"), "spelling.unknown-word");
    EXPECT_EQ(rule_for("Un resultat normal.", "resultat"), "spelling.unknown-word");
}

TEST_F(SpellingTiers, French1990SpellingsAreAcceptedByDefault) {
    EXPECT_TRUE(spelling("Une piqure, la maitrise du cout, entrainer une ambigüité.").empty());
}

TEST_F(SpellingTiers, NotNfcOncePerArticle) {
    const auto path = dir_.write(
        "article.xml",
        testing::article_xml("article", "<p id=\"p\">La fie\u0300vre.</p><p id=\"p2\">Une "
                                        "e\u0301tude.</p>"));
    const SeverityPolicy policy;
    const FileChecker checker(*schema_, builtin_rules(), policy, {}, services_);
    int count = 0;
    for (const Finding& finding : checker.check_file(path.string()).findings)
        if (finding.rule_id == "spelling.not-nfc") {
            ++count;
            EXPECT_EQ(finding.block_id, "p");
            EXPECT_NE(finding.message.find("in 2 blocks"), std::string::npos) << finding.message;
        }
    EXPECT_EQ(count, 1);
}

} // namespace
} // namespace medloc
