// The bidirectional-control rules on articles and XLIFF files: what counts as in an amount,
// right-to-left text, and both sides of a translation.
#include "checks/rule_registry.h"
#include "engine/file_checker.h"
#include "loading/xml_parser.h"
#include "test_support.h"

#include <algorithm>

#include <gtest/gtest.h>

namespace medloc {
namespace {

class BidiRules : public ::testing::Test {
protected:
    void SetUp() override { schema_.emplace(testing::article_schema()); }

    // Findings of either bidi rule, as "rule-id column".
    std::vector<std::string> findings(const std::string& name, const std::string& content) {
        const auto path = dir_.write(name, content);
        const SeverityPolicy policy;
        const RuleServices services;
        const FileChecker checker(*schema_, builtin_rules(), policy, {}, services);
        std::vector<std::string> found;
        for (const Finding& finding : checker.check_file(path.string()).findings)
            if (finding.rule_id.find("bidi") != std::string::npos)
                found.push_back(finding.rule_id + " " + std::to_string(finding.position.line) +
                                ":" + std::to_string(finding.position.column));
        return found;
    }

    std::vector<std::string> in_answer(const std::string& answer) {
        return findings("article.xml", testing::article_xml("article", answer));
    }

    testing::TempDir dir_;
    std::optional<XmlSchema> schema_;
};

TEST_F(BidiRules, AControlInAnAmountIsAnErrorAndOnlyThat) {
    const auto dose = in_answer("<p id=\"p\">Prenez \u202E100\u202C mg.</p>");
    ASSERT_EQ(dose.size(), 2u);
    EXPECT_EQ(dose[0].rfind("medical.bidi-control-in-dose", 0), 0u);
    EXPECT_EQ(dose[1].rfind("medical.bidi-control-in-dose", 0), 0u);
    // A mark between digits, in a number the finders do not read as one ("1‏5"), and in a
    // code.
    EXPECT_EQ(in_answer("<p id=\"p\">Versez 1\u200F5 mL.</p>").size(), 1u);
    EXPECT_EQ(in_answer("<p id=\"p\">Lot A12\u200E34.</p>").size(), 1u);
    // A mark beside an amount, outside it, is nothing.
    EXPECT_TRUE(in_answer("<p id=\"p\">Versez 15 mL\u200F, matin et soir.</p>").empty());
}

TEST_F(BidiRules, AFormattingControlInTextIsAWarning) {
    const auto text = in_answer("<p id=\"p\">Lisez \u202Ela notice\u202C avant.</p>");
    ASSERT_EQ(text.size(), 2u);
    EXPECT_EQ(text[0].rfind("typography.bidi-control", 0), 0u);
    EXPECT_TRUE(in_answer("<p id=\"p\">Un nom \u200Fcité.</p>").empty()) << "a mark in text";
}

TEST_F(BidiRules, RightToLeftTextMayIsolateButNotOverride) {
    // Text in Arabic sets a left-to-right name in an isolate, as it should; an override
    // reverses what is shown in any language.
    const auto isolated =
        in_answer("<p id=\"p\"><foreign xml:lang=\"ar\">دواء \u2066Doliprane\u2069</foreign> "
                  "et <foreign xml:lang=\"ar\">دواء \u202ENAME\u202C</foreign>.</p>");
    ASSERT_EQ(isolated.size(), 1u) << ::testing::PrintToString(isolated);
    EXPECT_EQ(isolated[0].rfind("typography.bidi-control", 0), 0u);
}

TEST_F(BidiRules, BothSidesOfAnXliffFileAreRead) {
    const std::string xliff =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"fr-FR\" "
        "trgLang=\"en-US\">\n<file id=\"f\"><unit id=\"u\"><segment state=\"final\">\n"
        "<source>Donnez \u202E500\u202C mg.</source>\n"
        "<target>Give\u2067 500 mg.</target>\n"
        "</segment></unit></file>\n</xliff>\n";
    auto found = findings("article.xlf", xliff);
    std::sort(found.begin(), found.end());
    EXPECT_EQ(found, (std::vector<std::string>{"medical.bidi-control-in-dose 4:16",
                                               "medical.bidi-control-in-dose 4:20",
                                               "typography.bidi-control 5:13"}));
}

} // namespace
} // namespace medloc
