#include "core/untrusted_json.h"

#include <gtest/gtest.h>

namespace medloc {
namespace {

using Json = nlohmann::ordered_json;

TEST(UntrustedJson, RefusesNestingBeyondTheLimitBeforeBuildingAnything) {
    // A million levels: a stack overflow in the first copy of the tree, before.
    const std::string deep = std::string(1000000, '[') + std::string(1000000, ']');
    auto parsed = parse_untrusted_json<Json>(deep);
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.error().message, "nested deeper than 256 levels");
    const std::string objects = R"({"a":)" + std::string(300, '[') + std::string(300, ']') + "}";
    EXPECT_FALSE(parse_untrusted_json<nlohmann::json>(objects).ok());
}

TEST(UntrustedJson, TakesNestingUpToTheLimitAndCountsNoBracketInAString) {
    const std::string at_limit = std::string(256, '[') + std::string(256, ']');
    EXPECT_TRUE(parse_untrusted_json<Json>(at_limit).ok());
    EXPECT_FALSE(parse_untrusted_json<Json>("[" + at_limit + "]").ok());
    // Brackets in strings, and an escaped quote, are text.
    const std::string text = R"(["[[[[\"[[[[", "{{{{"])";
    EXPECT_EQ(json_nesting_depth(text, 100), 1);
    auto parsed = parse_untrusted_json<Json>(text, {1024, 1});
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed.value()[0], "[[[[\"[[[[");
}

TEST(UntrustedJson, RefusesTextThatIsTooLargeOrNotJson) {
    EXPECT_EQ(parse_untrusted_json<Json>(std::string(100, ' ') + "1", {64, 8}).error().message,
              "larger than 64 bytes");
    EXPECT_EQ(parse_untrusted_json<Json>("{\"a\": }").error().message, "not JSON");
    EXPECT_EQ(parse_untrusted_json<Json>("").error().message, "not JSON");
    EXPECT_EQ(parse_untrusted_json<Json>("{\"a\": 1}").value()["a"], 1);
}

} // namespace
} // namespace medloc
