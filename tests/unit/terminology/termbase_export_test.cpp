// Glossaries for translators: a termbase subset as TBX (read back, schema-valid) and CSV.
#include "config/data_files.h"
#include "loading/xml_parser.h"
#include "loading/xml_schema.h"
#include "terminology/tbx_reader.h"
#include "terminology/termbase_export.h"
#include "test_support.h"

#include <gtest/gtest.h>

namespace medloc {
namespace {

TEST(TermbaseExport, ASubsetReadsBackValidWithTheChosenLanguagesOnly) {
    initialise_secure_xml();
    const auto project = testing::source_dir() / "terminology" / "termbase.tbx";
    TermbaseLoad full = load_termbase(project.string(), nullptr, {});
    ASSERT_TRUE(full.termbase);
    GlossarySelection selection;
    for (const Concept& entry : full.termbase->concepts)
        if (entry.id == "c-fausse-couche" || entry.id == "c-echographie")
            selection.concepts.push_back(&entry);
    ASSERT_EQ(selection.concepts.size(), 2u);
    selection.locales = {"fr-FR", "en-US"};
    testing::TempDir dir;
    const auto path = dir.write("glossary.tbx", glossary_tbx(selection, "kit & co", "fr"));
    auto schema =
        XmlSchema::compile((testing::source_dir() / "schemas" / "tbx-basic.xsd").string());
    ASSERT_TRUE(schema) << schema.error().message;
    TermbaseLoad back = load_termbase(path.string(), &schema.value(), {});
    ASSERT_TRUE(back.termbase);
    EXPECT_TRUE(back.issues.empty()) << back.issues.front().message;
    ASSERT_EQ(back.termbase->concepts.size(), 2u);
    const Concept& miscarriage = *back.termbase->find("c-fausse-couche");
    const Concept& original = *full.termbase->find("c-fausse-couche");
    ASSERT_EQ(miscarriage.languages.size(), original.languages.size());
    for (std::size_t i = 0; i < original.languages.size(); ++i) {
        ASSERT_EQ(miscarriage.languages[i].terms.size(), original.languages[i].terms.size());
        for (std::size_t t = 0; t < original.languages[i].terms.size(); ++t) {
            EXPECT_EQ(miscarriage.languages[i].terms[t].text, original.languages[i].terms[t].text);
            EXPECT_EQ(miscarriage.languages[i].terms[t].status,
                      original.languages[i].terms[t].status);
        }
    }
    selection.locales = {"fr-FR"};
    const std::string csv = glossary_csv(selection);
    EXPECT_NE(csv.find("c-fausse-couche,gynécologie-obstétrique,fr,fausse couche,preferred"),
              std::string::npos);
    EXPECT_EQ(csv.find("miscarriage"), std::string::npos);
}

} // namespace
} // namespace medloc
