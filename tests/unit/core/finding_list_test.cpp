// A FindingList gives back every finding as it was put in, in report order on request, and
// holds a big file's findings in a few tens of bytes each.
#include "core/finding_json.h"
#include "core/finding_list.h"

#include <algorithm>
#include <random>

#include <gtest/gtest.h>

namespace medloc {
namespace {

Finding full_finding() {
    Finding finding;
    finding.rule_id = "typography.number-unit-space";
    finding.severity = Severity::warning;
    finding.file = "content/fièvre-de-l’enfant.xml";
    finding.position = {1200345, 77};
    finding.document_id = "fievre";
    finding.block_id = "p12";
    finding.locale = "fr-FR";
    finding.message = "breaking space between '200' and 'mg': use a no-break space";
    finding.flagged_text = "200 mg";
    finding.suggestions = {"200\u00a0mg", "", "200 mg"};
    finding.fix = Fix{5'000'000'000ULL, 6, "200\u00a0mg", {1200345, 77}, 83};
    finding.message_id = "typography.number-unit-space.breaking";
    finding.message_arguments = {
        {"number", "200", true}, {"unit", "mg"}, {"words", "", false, true, {"a", "b\nc", ""}}};
    return finding;
}

std::string json_of(const Finding& finding) {
    return finding_to_json(finding).dump();
}

TEST(FindingList, GivesBackEveryFieldOfEveryFinding) {
    Finding minimal;
    minimal.rule_id = "schema.invalid";
    minimal.severity = Severity::error;
    minimal.position = {0, 0};
    Finding negative = full_finding();
    negative.position = {-1, -2147483647 - 1};
    negative.fix.reset();
    negative.severity = Severity::info;

    FindingList list;
    list.push_back(full_finding());
    list.push_back(minimal);
    list.push_back(negative);
    list.push_back(full_finding());
    ASSERT_EQ(list.size(), 4u);
    EXPECT_EQ(json_of(list[0]), json_of(full_finding()));
    EXPECT_EQ(json_of(list[1]), json_of(minimal));
    EXPECT_EQ(json_of(list[2]), json_of(negative));
    EXPECT_EQ(json_of(list[3]), json_of(full_finding()));
    // What finding_to_json does not show, compared field by field.
    const Finding back = list[0];
    EXPECT_EQ(back.fix, full_finding().fix);
    EXPECT_EQ(back.message_arguments, full_finding().message_arguments);
    EXPECT_EQ(back.document_id, "fievre");
    EXPECT_EQ(back.locale, "fr-FR");
    EXPECT_EQ(list[2].position, (SourcePosition{-1, -2147483647 - 1}));
    EXPECT_EQ(list[2].severity, Severity::info);
    EXPECT_THROW((void)list.at(4), std::out_of_range);

    std::vector<std::string> iterated;
    for (const Finding& finding : list)
        iterated.push_back(json_of(finding));
    ASSERT_EQ(iterated.size(), 4u);
    EXPECT_EQ(iterated[2], json_of(negative));
}

TEST(FindingList, ReportOrderIsTheStableSortOfTheFindings) {
    std::mt19937 random(7);
    const std::vector<std::string> files = {"content/b.xml", "content/a.xml", "content/c.xml"};
    const std::vector<std::string> rules = {"typography.ordinal", "spelling.unknown-word",
                                            "typography.decimal-point"};
    std::vector<Finding> findings;
    for (int i = 0; i < 3000; ++i) {
        Finding finding;
        finding.file = files[random() % 2 == 0 ? 0 : random() % files.size()];
        finding.position = {static_cast<int>(random() % 40), static_cast<int>(random() % 5)};
        finding.rule_id = rules[random() % rules.size()];
        finding.message = "m" + std::to_string(random() % 3);
        finding.flagged_text = std::to_string(i); // tells equal findings apart
        findings.push_back(finding);
    }
    const FindingList list(findings);
    const std::vector<std::uint32_t> order = list.report_order();
    std::vector<Finding> sorted = findings;
    std::stable_sort(sorted.begin(), sorted.end(), reported_before);
    ASSERT_EQ(order.size(), sorted.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        ASSERT_EQ(json_of(list[order[i]]), json_of(sorted[i])) << "at " << i;
}

TEST(FindingList, KeepIfDropsAndChangesFindingsInPlaceOfTheOld) {
    FindingList list;
    for (int i = 0; i < 10; ++i) {
        Finding finding = full_finding();
        finding.position.line = i;
        list.push_back(finding);
    }
    list.keep_if([](Finding& finding) {
        finding.severity = Severity::error;
        return finding.position.line % 3 == 0;
    });
    ASSERT_EQ(list.size(), 4u);
    for (std::size_t i = 0; i < list.size(); ++i) {
        EXPECT_EQ(list[i].position.line, static_cast<int>(3 * i));
        EXPECT_EQ(list[i].severity, Severity::error);
    }
    list.push_back(full_finding()); // still takes findings after a rewrite
    EXPECT_EQ(json_of(list[4]), json_of(full_finding()));
}

TEST(FindingList, ReadsBackWhatItWroteAndNothingElse) {
    FindingList list;
    list.push_back(full_finding());
    Finding other = full_finding();
    other.message = "another message";
    other.suggestions.clear();
    list.push_back(other);
    const std::string bytes = list.serialize();
    const auto back = FindingList::parse(bytes);
    ASSERT_TRUE(back.has_value());
    ASSERT_EQ(back->size(), 2u);
    EXPECT_EQ(json_of(back->at(0)), json_of(full_finding()));
    EXPECT_EQ(json_of(back->at(1)), json_of(other));
    // A list read back takes more findings, and finds its strings again.
    FindingList grown = *back;
    grown.push_back(full_finding());
    EXPECT_EQ(json_of(grown[2]), json_of(full_finding()));
    FindingList built;
    built.push_back(full_finding());
    built.push_back(other);
    built.push_back(full_finding());
    EXPECT_EQ(grown.serialize(), built.serialize()); // no string held twice

    // Every cut is refused; so is anything added.
    for (std::size_t length = 0; length < bytes.size(); ++length)
        EXPECT_FALSE(FindingList::parse(bytes.substr(0, length)).has_value()) << length;
    EXPECT_FALSE(FindingList::parse(bytes + "x").has_value());
    // A changed byte is refused or read as findings; it never reads outside the bytes.
    for (std::size_t at = 0; at < bytes.size(); ++at) {
        std::string changed = bytes;
        changed[at] = static_cast<char>(changed[at] ^ 0x5a);
        if (const auto parsed = FindingList::parse(changed)) {
            for (const Finding& finding : *parsed)
                EXPECT_LE(finding.message.size(), bytes.size());
        }
    }
    EXPECT_FALSE(FindingList::parse("").has_value());
    EXPECT_FALSE(FindingList::parse("[{\"rule_id\": \"x\"}]").has_value());
}

TEST(FindingList, ABigFilesFindingsTakeAFewBytesEach) {
    // A tokenised text gives one space-before-comma finding every few words: what they
    // share is held once.
    FindingList list;
    constexpr int kFindings = 20000;
    for (int i = 0; i < kFindings; ++i) {
        Finding finding;
        finding.rule_id = "typography.space-before-comma";
        finding.severity = Severity::warning;
        finding.file = "content/big.xml";
        finding.position = {11 + i / 4, 1 + (i % 4) * 150};
        finding.document_id = "big";
        finding.block_id = "p" + std::to_string(i / 4);
        finding.locale = "fr-FR";
        finding.message = "space before '.'";
        finding.flagged_text = " .";
        finding.suggestions = {"."};
        finding.fix = Fix{static_cast<std::size_t>(i) * 600, 2, ".", finding.position,
                          finding.position.column + 2};
        finding.message_id = "typography.space-before-comma";
        finding.message_arguments = {{"mark", "."}};
        list.push_back(finding);
    }
    const std::size_t per_finding = list.serialize().size() / kFindings;
    EXPECT_LE(per_finding, 48u); // a Finding alone is 392 bytes
    EXPECT_GE(per_finding, 15u); // the test measures what it means to
    EXPECT_EQ(list[kFindings - 1].block_id, "p" + std::to_string((kFindings - 1) / 4));
}

} // namespace
} // namespace medloc
