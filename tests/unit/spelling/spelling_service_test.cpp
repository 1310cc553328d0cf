#include "spelling/dictionary_locator.h"
#include "spelling/speller.h"
#include "spelling/word_list.h"
#include "test_support.h"

#include <gtest/gtest.h>

namespace medloc {
namespace {

TEST(DictionaryLocator, FindsDebianDictionariesByLocale) {
    auto french = locate_dictionary("fr-FR", kDefaultDictionaryPath);
    ASSERT_TRUE(french) << french.error().message;
    EXPECT_NE(french.value().dic.find("fr"), std::string::npos);
    // A region without its own file falls back to the language.
    EXPECT_TRUE(locate_dictionary("fr-BE", kDefaultDictionaryPath));
    EXPECT_TRUE(locate_dictionary("en-US", kDefaultDictionaryPath));
}

TEST(DictionaryLocator, MissingDictionaryNamesThePackage) {
    testing::TempDir empty;
    auto missing = locate_dictionary("de-DE", empty.path().string());
    ASSERT_FALSE(missing);
    EXPECT_NE(missing.error().message.find("hunspell-de-de"), std::string::npos)
        << missing.error().message;
    EXPECT_EQ(dictionary_package("fr-CA"), "hunspell-fr");
    EXPECT_EQ(dictionary_package("en-GB"), "hunspell-en-gb");
}

TEST(WordList, ReadsWordsAndCommentsAndRejectsPhrases) {
    testing::TempDir dir;
    dir.write("medical.fr.txt", "# comment\nIST  # sexually transmitted infections\n\nhCG\n");
    dir.write("project.txt", "medloc\n");
    auto lists = load_word_lists(dir.path().string());
    ASSERT_TRUE(lists) << lists.error().message;
    EXPECT_EQ(lists.value().words_for("fr"), (std::vector<std::string>{"medloc", "IST", "hCG"}));
    EXPECT_EQ(lists.value().words_for("en"), (std::vector<std::string>{"medloc"}));

    dir.write("bad.fr.txt", "ok\nfausse couche\n");
    auto bad = load_word_lists(dir.path().string());
    ASSERT_FALSE(bad);
    EXPECT_NE(bad.error().message.find("bad.fr.txt:2: one word per line"), std::string::npos);
}

TEST(Speller, LooksUpEachDistinctWordOnce) {
    auto files = locate_dictionary("fr-FR", kDefaultDictionaryPath);
    ASSERT_TRUE(files);
    Speller speller(files.value(), {"hCG"});
    EXPECT_TRUE(speller.check("fièvre").correct);
    EXPECT_TRUE(speller.check("hCG").correct); // from the word list
    const SpellVerdict wrong = speller.check("microrragies");
    EXPECT_FALSE(wrong.correct);
    EXPECT_NE(std::find(wrong.suggestions.begin(), wrong.suggestions.end(), "métrorragies"),
              wrong.suggestions.end());
    for (int i = 0; i < 100; ++i)
        speller.check("fièvre");
    EXPECT_EQ(speller.lookups(), 3u);
    EXPECT_EQ(speller.cache_hits(), 100u);
}

} // namespace
} // namespace medloc
