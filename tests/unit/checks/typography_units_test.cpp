// typography.number-unit-space reads units as the dose rules do (dosage/unit_table.h):
// every unit symbol medloc knows, including those of pressure and volume that the rule's
// page lists (20µL, 5kPa, 3cmH2O), in French and in English.
#include "checks/rule_registry.h"
#include "engine/file_checker.h"
#include "loading/xml_parser.h"
#include "test_support.h"

#include <gtest/gtest.h>

namespace medloc {
namespace {

class NumberUnitSpace : public ::testing::Test {
protected:
    void SetUp() override { schema_.emplace(testing::article_schema()); }

    // The flagged text of every typography.number-unit-space finding on one paragraph.
    std::vector<std::string> flagged(const std::string& paragraph, const std::string& locale) {
        std::string xml = testing::article_xml("article", "<p id=\"p\">" + paragraph + "</p>");
        const std::string french = "xml:lang=\"fr-FR\"";
        xml.replace(xml.find(french), french.size(), "xml:lang=\"" + locale + "\"");
        const auto path = dir_.write("article.xml", xml);
        const SeverityPolicy policy;
        const RuleServices services;
        const FileChecker checker(*schema_, builtin_rules(), policy, {}, services);
        std::vector<std::string> out;
        for (const Finding& finding : checker.check_file(path.string()).findings)
            if (finding.rule_id == "typography.number-unit-space")
                out.push_back(finding.flagged_text);
        return out;
    }

    testing::TempDir dir_;
    std::optional<XmlSchema> schema_;
};

using Flagged = std::vector<std::string>;

TEST_F(NumberUnitSpace, ReportsEveryUnitSymbolGluedToItsNumber) {
    EXPECT_EQ(flagged("Prélevez 20µL à 5kPa, 3cmH2O, 500mg et 2μL.", "fr-FR"),
              (Flagged{"20µL", "5kPa", "3cmH2O", "500mg", "2μL"}));
    EXPECT_EQ(flagged("Draw 20µL at 5kPa and 3cmH2O, then 500mg.", "en-US"),
              (Flagged{"20µL", "5kPa", "3cmH2O", "500mg"}));
}

TEST_F(NumberUnitSpace, ReportsABreakingSpaceBeforeAUnitInFrench) {
    EXPECT_EQ(flagged("Prélevez 20 µL à 5 kPa.", "fr-FR"), (Flagged{"20 µL", "5 kPa"}));
    EXPECT_TRUE(flagged("Draw 20 µL at 5 kPa.", "en-US").empty());
}

TEST_F(NumberUnitSpace, NearMisses) {
    // A no-break space, counts, names, a clock time, and in English "%" and "°C" glued.
    EXPECT_TRUE(
        flagged("Prélevez 20\u00A0µL, 3x, 3× par jour, l’HbA1c, la COVID-19, à 14h30.", "fr-FR")
            .empty());
    EXPECT_TRUE(flagged("In 10% of cases, above 38°C, 3x daily.", "en-US").empty());
}

} // namespace
} // namespace medloc
