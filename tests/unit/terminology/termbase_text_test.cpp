// What `medloc terms` shows of a termbase: a concept in every language, the counts per
// locale and status, and the lookup that matches whatever the case and Unicode form.
#include "terminology/termbase_text.h"

#include <gtest/gtest.h>

namespace medloc {
namespace {

Term term(const std::string& text, TermStatus status) {
    Term t;
    t.text = text;
    t.status = status;
    return t;
}

Termbase small_termbase() {
    Termbase termbase;
    auto source = std::make_shared<SourceFile>();
    source->path = "terminology/small.tbx";
    termbase.source = source;
    termbase.format = "TBX 2019 (ISO 30042:2019)";
    Concept fever;
    fever.id = "c-fievre";
    fever.subject_field = "pédiatrie";
    fever.notes = {"température ≥ 38 °C"};
    LanguageSection french{"fr", "Élévation de la température du corps.", {}, {}};
    Term preferred = term("fièvre", TermStatus::preferred);
    preferred.part_of_speech = "noun";
    preferred.term_type = "fullForm";
    french.terms.push_back(preferred);
    Term deprecated = term("pyrexie", TermStatus::deprecated);
    deprecated.note = "jargon";
    french.terms.push_back(deprecated);
    fever.languages.push_back(french);
    LanguageSection english{"en", "", {}, {term("fever", TermStatus::preferred)}};
    fever.languages.push_back(english);
    termbase.concepts.push_back(fever);
    Concept cough;
    cough.id = "c-toux";
    cough.languages.push_back({"fr", "", {}, {term("toux", TermStatus::admitted)}});
    termbase.concepts.push_back(cough);
    return termbase;
}

TEST(TermbaseText, AConceptShowsEveryLanguageWithStatusPartOfSpeechTypeAndNote) {
    const Termbase termbase = small_termbase();
    EXPECT_EQ(describe_concept(termbase.concepts.front()),
              "c-fievre (pédiatrie)\n"
              "  note: température ≥ 38 °C\n"
              "  fr\n"
              "    definition: Élévation de la température du corps.\n"
              "    fièvre [preferred, noun, fullForm]\n"
              "    pyrexie [deprecated] - jargon\n"
              "  en\n"
              "    fever [preferred]\n");
    EXPECT_EQ(describe_concept(termbase.concepts.back()), "c-toux\n  fr\n    toux [admitted]\n");
}

TEST(TermbaseText, ControlCharactersFromTheFileAreShownEscaped) {
    Concept entry;
    entry.id = "c-\x1b[31mred";
    const std::string shown = describe_concept(entry);
    EXPECT_EQ(shown.find('\x1b'), std::string::npos) << shown;
    EXPECT_NE(shown.find("red"), std::string::npos);
}

TEST(TermbaseText, StatsCountTermsPerLocaleAndStatus) {
    EXPECT_EQ(termbase_stats(small_termbase()),
              "termbase: terminology/small.tbx (TBX 2019 (ISO 30042:2019))\n"
              "concepts: 2\n"
              "locale   terms  preferred  admitted  deprecated  superseded  unspecified\n"
              "en           1          1         0           0           0            0\n"
              "fr           3          1         1           1           0            0\n");
}

TEST(TermbaseText, LookupIgnoresCaseAndUnicodeFormAndFindsConceptIds) {
    const Termbase termbase = small_termbase();
    const auto ids = [&](std::string_view wanted) {
        std::vector<std::string> found;
        for (const Concept* entry : look_up_concepts(termbase, wanted))
            found.push_back(entry->id);
        return found;
    };
    EXPECT_EQ(ids("fièvre"), std::vector<std::string>{"c-fievre"});
    EXPECT_EQ(ids("FIÈVRE"), std::vector<std::string>{"c-fievre"});
    EXPECT_EQ(ids("fie\u0300vre"), std::vector<std::string>{"c-fievre"}); // decomposed è
    EXPECT_EQ(ids("Fever"), std::vector<std::string>{"c-fievre"});
    EXPECT_EQ(ids("c-toux"), std::vector<std::string>{"c-toux"});
    EXPECT_TRUE(ids("fièvres").empty()); // a whole term, not a prefix or an inflection
    EXPECT_TRUE(ids("C-TOUX").empty());  // ids are matched as written
}

} // namespace
} // namespace medloc
