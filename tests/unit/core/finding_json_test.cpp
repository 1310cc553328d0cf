// The JSON text of a finding written without a tree is byte for byte nlohmann's dump of
// finding_to_json: reports written either way are the same files.
#include "core/finding_json.h"
#include "core/json_text.h"

#include <random>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace medloc {
namespace {

using Json = nlohmann::ordered_json;

// nlohmann's text of the finding, every line after the first indented by `indent`.
std::string dumped(const Finding& finding, std::size_t indent) {
    const std::string text =
        finding_to_json(finding).dump(2, ' ', false, Json::error_handler_t::replace);
    std::string indented;
    for (const char c : text) {
        indented += c;
        if (c == '\n')
            indented.append(indent, ' ');
    }
    return indented;
}

std::string written(const Finding& finding, std::size_t indent) {
    std::string out = "prefix";
    append_finding_json(out, finding, indent);
    EXPECT_EQ(out.substr(0, 6), "prefix") << "what was in the string is kept";
    return out.substr(6);
}

// Texts that exercise escaping: every control character, quotes, backslashes, DEL, French,
// characters of 3 and 4 bytes, and byte strings that are not UTF-8 (overlong, surrogate,
// truncated, stray continuation, past U+10FFFF).
std::string random_text(std::mt19937& random) {
    static const std::vector<std::string> pieces = {"",
                                                    "a",
                                                    "mg",
                                                    "é",
                                                    "\"",
                                                    "\\",
                                                    "/",
                                                    "\x7f",
                                                    "\u00a0",
                                                    "\u2019",
                                                    "😀",
                                                    "\xc3",
                                                    "\xc0\xaf",
                                                    "\xed\xa0\x80",
                                                    "\xf4\x90\x80\x80",
                                                    "\x80",
                                                    "\xe2\x82",
                                                    "\xef\xbf\xbd",
                                                    " ",
                                                    "2,5 mg",
                                                    "{}[]:,"};
    std::string text;
    const int count = static_cast<int>(random() % 6);
    for (int i = 0; i < count; ++i) {
        if (random() % 4 == 0)
            text += static_cast<char>(random() % 0x20); // a control character
        else
            text += pieces[random() % pieces.size()];
    }
    return text;
}

Finding random_finding(std::mt19937& random) {
    Finding finding;
    finding.rule_id = random_text(random);
    finding.severity = static_cast<Severity>(random() % 3);
    finding.file = random_text(random);
    const int positions[] = {0, 1, -1, 77, 2147483647, -2147483647 - 1};
    finding.position = {positions[random() % 6], positions[random() % 6]};
    finding.document_id = random_text(random);
    finding.block_id = random_text(random);
    finding.locale = random_text(random);
    finding.message = random_text(random);
    finding.flagged_text = random_text(random);
    for (int i = static_cast<int>(random() % 4); i > 0; --i)
        finding.suggestions.push_back(random_text(random));
    if (random() % 2)
        finding.fix = Fix{random() % 2 ? 0 : 5'000'000'000ULL,
                          random() % 40,
                          random_text(random),
                          {positions[random() % 6], positions[random() % 6]},
                          positions[random() % 6]};
    if (random() % 3) {
        finding.message_id = random_text(random);
        const std::vector<std::string> names = {"number", "unit", "words", "", "é\"", "\x01"};
        for (int i = static_cast<int>(random() % 5); i > 0; --i) {
            MessageArgument argument;
            argument.name = names[random() % names.size()]; // sometimes twice
            switch (random() % 3) {
            case 0:
                argument.text = random_text(random);
                break;
            case 1:
                argument.is_number = true;
                argument.text = std::to_string(static_cast<long long>(random()) - 2'000'000'000LL);
                break;
            default:
                argument.is_list = true;
                argument.is_number = random() % 2 == 0; // a list wins over a number
                for (int k = static_cast<int>(random() % 3); k > 0; --k)
                    argument.items.push_back(random_text(random));
            }
            finding.message_arguments.push_back(std::move(argument));
        }
    }
    return finding;
}

TEST(FindingJsonText, IsNlohmannsDumpForRandomFindings) {
    std::mt19937 random(20261201);
    for (int i = 0; i < 20000; ++i) {
        const Finding finding = random_finding(random);
        const std::size_t indent = random() % 2 ? 4 : 0;
        ASSERT_EQ(written(finding, indent), dumped(finding, indent)) << "finding " << i;
    }
}

TEST(FindingJsonText, WritesTheReportsLayout) {
    Finding finding;
    finding.rule_id = "typography.space-before-comma";
    finding.severity = Severity::warning;
    finding.file = "content/a.xml";
    finding.position = {3, 0};
    finding.message = "a \"quoted\"\ttab";
    finding.suggestions = {"x"};
    EXPECT_EQ(written(finding, 4), "{\n"
                                   "      \"rule_id\": \"typography.space-before-comma\",\n"
                                   "      \"severity\": \"warning\",\n"
                                   "      \"file\": \"content/a.xml\",\n"
                                   "      \"line\": 3,\n"
                                   "      \"column\": null,\n"
                                   "      \"document_id\": null,\n"
                                   "      \"block_id\": null,\n"
                                   "      \"locale\": null,\n"
                                   "      \"message\": \"a \\\"quoted\\\"\\ttab\",\n"
                                   "      \"flagged_text\": null,\n"
                                   "      \"suggestions\": [\n"
                                   "        \"x\"\n"
                                   "      ]\n"
                                   "    }");
}

TEST(JsonText, WellFormedUtf8IsWhatUnicodeAllows) {
    EXPECT_TRUE(is_well_formed_utf8(""));
    EXPECT_TRUE(is_well_formed_utf8("fièvre \u2019 \U0010FFFF \u00a0"));
    EXPECT_FALSE(is_well_formed_utf8("\xc0\xaf"));         // overlong '/'
    EXPECT_FALSE(is_well_formed_utf8("\xe0\x80\xaf"));     // overlong, three bytes
    EXPECT_FALSE(is_well_formed_utf8("\xed\xa0\x80"));     // a surrogate
    EXPECT_FALSE(is_well_formed_utf8("\xf4\x90\x80\x80")); // past U+10FFFF
    EXPECT_FALSE(is_well_formed_utf8("\xe2\x82"));         // cut short
    EXPECT_FALSE(is_well_formed_utf8("\x80"));
    EXPECT_FALSE(is_well_formed_utf8("\xf8\x88\x80\x80\x80"));
}

TEST(JsonText, ControlCharactersAndBadBytesAreWrittenAsNlohmannDoes) {
    for (int c = 0; c < 256; ++c) {
        const std::string text = std::string("a") + static_cast<char>(c) + "b";
        std::string out;
        append_json_string(out, text);
        EXPECT_EQ(out, Json(text).dump(-1, ' ', false, Json::error_handler_t::replace)) << c;
    }
}

} // namespace
} // namespace medloc
