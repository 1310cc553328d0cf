#include "test_support.h"
#include "usage/usage_rulebook.h"

#include <gtest/gtest.h>

namespace medloc {
namespace {

const char* const kEntry = R"(# a comment
[set personne]
words = patient | "familles"

[entry supporter]
kind = false-friend
english = to support
pattern = [supporter/v] @personne
unless = ne supporter
suggest = aider | soutenir
suggest = accompagner
explain = supporter, c'est endurer
source = OQLF BDL « supporter »
example = Nous supportons les patients.
near-miss = Il supporte la douleur.
note = written for the tests
)";

TEST(UsageFiles, AnEntryHoldsItsPatternsSuggestionsAndTests) {
    testing::TempDir dir;
    const auto path = dir.write("calques.fr.usage", kEntry);
    UsageRulebook rulebook;
    auto status = read_usage_file(path.string(), rulebook);
    ASSERT_TRUE(status) << status.error().message;
    ASSERT_EQ(rulebook.entries.size(), 1u);
    const UsageEntry& entry = rulebook.entries[0];
    EXPECT_EQ(entry.id, "supporter");
    EXPECT_EQ(entry.language, "fr");
    EXPECT_EQ(entry.kind, UsageKind::false_friend);
    EXPECT_EQ(entry.sequences.size(), 1u);
    EXPECT_EQ(entry.unless.size(), 1u);
    EXPECT_EQ(entry.suggestions, (std::vector<std::string>{"aider", "soutenir", "accompagner"}));
    EXPECT_TRUE(entry.agree);
    EXPECT_EQ(entry.examples.size(), 1u);
    EXPECT_EQ(entry.near_misses.size(), 1u);
    EXPECT_EQ(entry.line, 5);
    EXPECT_EQ(rulebook.sets.at("personne").size(), 2u);
}

TEST(UsageFiles, MistakesAreErrorsWithTheFileAndLine) {
    struct Case {
        std::string text;
        std::string message;
    } cases[] = {
        {"[entry x]\nkind = false-friend\n", "x.fr.usage:1: entry 'x' has no `english`"},
        {"[entry x]\nkind = friend\n", ":2: kind is `false-friend` or `calque`"},
        {"[entry x]\nwho = me\n", ":2: unknown key `who`"},
        {"[entry x]\nkind = calque\nkind = calque\n", ":3: `kind` given twice"},
        {"[entry X]\n", ":1: a section is `[entry ID]` or `[set NAME]`"},
        {"[group x]\n", ":1: unknown section 'group'"},
        {"kind = calque\n", ":1: `kind` outside any [entry ID] or [set NAME]"},
        {"[entry x]\npattern = [condition\n", ":2: `pattern`: column"},
        {"[entry x]\npattern = @nul condition\n", ":2: `pattern`: column 1: no [set nul]"},
        {"[set s]\n", ":1: [set s] has no words"},
        {"[set s]\nwords = deux mots\n", ":2: a set word holds no spaces"},
        {"[entry x]\nsuggest = a || b\n", ":2: empty suggestion"},
        {"[entry x]\nagree = maybe\n", ":2: agree is `yes` or `no`"},
        {"[entry x]\nkind\n", ":2: expected `key = value`"},
        {"[entry x]\nkind =\n", ":2: `kind` has no value"},
        {"[entry x]\noff = yes\n", ":1: `off = yes`: no entry 'x' was read before"},
        {"line one\n\x01\n", ":2: usage file: "},
    };
    for (const Case& c : cases) {
        testing::TempDir dir;
        const auto path = dir.write("x.fr.usage", c.text);
        UsageRulebook rulebook;
        auto status = read_usage_file(path.string(), rulebook);
        ASSERT_FALSE(status) << c.text;
        EXPECT_NE(status.error().message.find(c.message), std::string::npos)
            << c.text << " -> " << status.error().message;
        EXPECT_EQ(status.error().message.find(path.string()), 0u) << status.error().message;
    }
    testing::TempDir dir;
    UsageRulebook rulebook;
    auto unnamed = read_usage_file(dir.write("calques.usage", kEntry).string(), rulebook);
    ASSERT_FALSE(unnamed);
    EXPECT_NE(unnamed.error().message.find("NAME.LANGUAGE.usage"), std::string::npos);
    const std::string text = kEntry;
    auto twice = read_usage_file(
        dir.write("twice.fr.usage", text + "\n" + text.substr(text.find("[entry"))).string(),
        rulebook);
    ASSERT_FALSE(twice);
    EXPECT_NE(twice.error().message.find("defined twice in this file"), std::string::npos);
}

TEST(UsageFiles, AProjectReplacesTurnsOffOrAddsToTheInstalledEntries) {
    testing::TempDir installed;
    testing::TempDir project;
    installed.write("calques.fr.usage", kEntry);
    installed.write("autres.fr.usage",
                    std::string(kEntry).replace(std::string(kEntry).find("[entry supporter]"), 17,
                                                "[entry autre]"));
    // The project's autres.fr.usage replaces the installed file of that name; its own
    // file comes after medloc's and turns an entry off and changes another.
    project.write("autres.fr.usage", "# nothing\n");
    std::string changed = kEntry;
    changed.replace(changed.find("suggest = aider | soutenir"), 26, "suggest = épauler");
    project.write("projet.fr.usage", changed);
    auto rulebook = load_usage_files(
        {installed.path().string(), project.path().string(), "/nonexistent/folder"});
    ASSERT_TRUE(rulebook) << rulebook.error().message;
    ASSERT_EQ(rulebook.value().entries.size(), 1u);
    EXPECT_EQ(rulebook.value().entries[0].suggestions,
              (std::vector<std::string>{"épauler", "accompagner"}));
    EXPECT_EQ(rulebook.value().files.size(), 3u);

    project.write("zz-off.fr.usage", "[entry supporter]\noff = yes\n");
    auto without = load_usage_files({installed.path().string(), project.path().string()});
    ASSERT_TRUE(without) << without.error().message;
    EXPECT_TRUE(without.value().entries.empty());

    project.write("zz-off.fr.usage", "[entry supporter]\noff = yes\nkind = calque\n");
    auto mixed = load_usage_files({installed.path().string(), project.path().string()});
    ASSERT_FALSE(mixed);
    EXPECT_NE(mixed.error().message.find("holds nothing else"), std::string::npos);
}

TEST(UsageFiles, TheShippedFileReads) {
    auto rulebook = load_usage_files({(testing::source_dir() / "terminology").string()});
    ASSERT_TRUE(rulebook) << rulebook.error().message;
    EXPECT_GE(rulebook.value().entries.size(), 120u);
}

} // namespace
} // namespace medloc
