#include "checks/rule_registry.h"
#include "config/config.h"
#include "test_support.h"

#include <filesystem>

#include <gtest/gtest.h>

namespace medloc {
namespace {

ConfigRequest request_for(const testing::TempDir& dir) {
    ConfigRequest request;
    request.root = dir.path().string();
    request.known_rule_ids = {"schema.invalid", "spelling.unknown-word"};
    request.rule_options = builtin_rules().option_specs();
    return request;
}

TEST(Config, DefaultsApplyWithoutAFile) {
    testing::TempDir dir;
    auto config = load_config(request_for(dir));
    ASSERT_TRUE(config) << config.error().message;
    EXPECT_EQ(config.value().settings().output.format, "text");
    EXPECT_EQ(config.value().setting("output.format").origin, SettingOrigin::built_in);
    EXPECT_TRUE(config.value().config_file.empty());
}

TEST(Config, FileOverridesDefaultsAndCommandLineOverridesFile) {
    testing::TempDir dir;
    dir.write("medloc.ini", "# comment\n[output]\nformat = json\ncolor = never\n"
                            "[rules]\nspelling.unknown-word = warning\nschema.invalid = off\n"
                            "[paths]\ncontent = articles\n");
    ConfigRequest request = request_for(dir);
    request.command_line["output.color"] = "always";
    auto config = load_config(request);
    ASSERT_TRUE(config) << config.error().message;
    EXPECT_EQ(config.value().settings().output.format, "json");
    EXPECT_EQ(config.value().setting("output.format").origin, SettingOrigin::config_file);
    EXPECT_EQ(config.value().settings().output.color, ColorChoice::always);
    EXPECT_EQ(config.value().setting("output.color").origin, SettingOrigin::command_line);
    EXPECT_EQ(std::filesystem::path(config.value().settings().paths.content).filename(),
              "articles");

    const SeverityPolicy policy = config.value().settings().severities;
    EXPECT_FALSE(policy.enabled("schema.invalid"));
    std::vector<Finding> findings(2);
    findings[0].rule_id = "spelling.unknown-word";
    findings[1].rule_id = "schema.invalid";
    policy.apply(findings);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].severity, Severity::warning);
}

TEST(Config, UnknownKeyIsAnErrorWithItsLine) {
    testing::TempDir dir;
    dir.write("medloc.ini", "[output]\nformat = text\nfromat = json\n");
    auto config = load_config(request_for(dir));
    ASSERT_FALSE(config);
    EXPECT_NE(config.error().message.find("medloc.ini:3: unknown setting 'output.fromat'"),
              std::string::npos)
        << config.error().message;
}

TEST(Config, DamagedOrMalformedFileIsAnErrorWithItsLine) {
    const std::pair<std::string, std::string> cases[] = {
        {std::string("[output]\nformat = text\n\0\xFF\n", 26),
         "medloc.ini:3: control character U+0000"},
        {"[output]\nformat = t\xC3\n", "medloc.ini:2: not valid UTF-8"},
        {"[output]\nformat = text\njson\n",
         "medloc.ini:3: expected 'key = value' or '[section]', not 'json'"},
        {"# comment\n[output\nformat = text\n", "medloc.ini:2: a section header is '[name]'"},
        {"[output]\n = text\n", "medloc.ini:2: expected 'key = value'"},
    };
    for (const auto& [content, expected] : cases) {
        testing::TempDir dir;
        dir.write("medloc.ini", content);
        auto config = load_config(request_for(dir));
        ASSERT_FALSE(config) << expected;
        EXPECT_NE(config.error().message.find(expected), std::string::npos)
            << config.error().message;
    }
    // Near miss: comments, blank lines, indentation, CRLF and '=' inside a value are fine.
    testing::TempDir dir;
    dir.write("medloc.ini", "  # comment\r\n\r\n [output] \r\n\tformat = json # why\r\n");
    auto config = load_config(request_for(dir));
    ASSERT_TRUE(config) << config.error().message;
    EXPECT_EQ(config.value().settings().output.format, "json");
}

TEST(Config, MedicalSettingsAreValidated) {
    const std::pair<std::string, std::string> bad[] = {
        {"[medical]\nmicrogram = ug\n", "medical.microgram must be mcg, µg or any"},
        {"[medical]\ntoday = 2026-02-30\n", "medical.today must be a date"},
        {"[medical]\nreview-max-age = two\n", "must be a whole number"},
        {"[medical]\nreview-max-age = 100000\n", "at most 9999"},
    };
    for (const auto& [ini, expected] : bad) {
        testing::TempDir dir;
        dir.write("medloc.ini", ini);
        auto config = load_config(request_for(dir));
        ASSERT_FALSE(config) << ini;
        EXPECT_NE(config.error().message.find(expected), std::string::npos)
            << config.error().message;
    }
    testing::TempDir dir;
    dir.write("medloc.ini", "[medical]\nmicrogram = µg\ntoday = 2026-11-24\nreview-max-age = 12\n");
    auto config = load_config(request_for(dir));
    ASSERT_TRUE(config) << config.error().message;
    EXPECT_EQ(config.value().setting("medical.review-max-age").value, "12");
}

TEST(Config, FallbackLocalesAreChainsPerLocale) {
    testing::TempDir dir;
    dir.write("medloc.ini", "[locales]\nfallbacks = fr-CA:fr-FR, en-GB:en-US:fr-FR\n");
    auto config = load_config(request_for(dir));
    ASSERT_TRUE(config) << config.error().message;
    const auto chains = config.value().settings().locales.fallbacks;
    ASSERT_EQ(chains.size(), 2u);
    EXPECT_EQ(chains.at("fr-CA"), std::vector<std::string>{"fr-FR"});
    EXPECT_EQ(chains.at("en-GB"), (std::vector<std::string>{"en-US", "fr-FR"}));
    for (const char* bad : {"fr-CA", "fr-CA:", ":fr-FR", "../x:fr-FR"}) {
        testing::TempDir other;
        other.write("medloc.ini", std::string("[locales]\nfallbacks = ") + bad + "\n");
        EXPECT_FALSE(load_config(request_for(other))) << bad;
    }
}

TEST(Config, BadSeverityAndUnknownRuleAreErrors) {
    testing::TempDir dir;
    dir.write("medloc.ini", "[rules]\nschema.invalid = fatal\n");
    auto bad = load_config(request_for(dir));
    ASSERT_FALSE(bad);
    EXPECT_NE(bad.error().message.find(":2: severity of schema.invalid"), std::string::npos)
        << bad.error().message;

    dir.write("medloc.ini", "[rules]\nspelling.unknwon-word = off\n");
    auto unknown = load_config(request_for(dir));
    ASSERT_FALSE(unknown);
    EXPECT_NE(unknown.error().message.find("unknown rule 'spelling.unknwon-word'"),
              std::string::npos);
}

TEST(Config, DescribesEveryValueWithItsOrigin) {
    testing::TempDir dir;
    dir.write("medloc.ini", "[locales]\ntargets = en-US, en-GB\n");
    auto config = load_config(request_for(dir));
    ASSERT_TRUE(config);
    EXPECT_EQ(config.value().settings().locales.targets,
              (std::vector<std::string>{"en-US", "en-GB"}));
    const std::string text = describe_config(config.value());
    EXPECT_NE(text.find("locales.targets = en-US, en-GB  # medloc.ini"), std::string::npos) << text;
    EXPECT_NE(text.find("output.format = text  # default"), std::string::npos) << text;
}

} // namespace
} // namespace medloc
