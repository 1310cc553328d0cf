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

TEST(WordList, DamagedFileIsAnErrorWithItsLineNeverWords) {
    testing::TempDir dir;
    // A NUL (a binary or damaged file) on line 3; a list cut inside 'é' on line 2.
    dir.write("nul.fr.txt", std::string("IST\nhCG\nab\0cd\n", 14));
    auto nul = load_word_lists(dir.path().string());
    ASSERT_FALSE(nul);
    EXPECT_NE(nul.error().message.find("nul.fr.txt:3: word list: control character U+0000"),
              std::string::npos)
        << nul.error().message;
    std::filesystem::remove(dir.path() / "nul.fr.txt");
    dir.write("cut.fr.txt", "IST\nm\xC3");
    auto cut = load_word_lists(dir.path().string());
    ASSERT_FALSE(cut);
    EXPECT_NE(cut.error().message.find("cut.fr.txt:2: word list: not valid UTF-8"),
              std::string::npos)
        << cut.error().message;
    // Near miss: tabs, CRLF line ends and a byte order mark are text.
    std::filesystem::remove(dir.path() / "cut.fr.txt");
    dir.write("ok.fr.txt", "\xEF\xBB\xBFIST\t# tab before a comment\r\nm\xC3\xA9trorragie\r\n");
    auto ok = load_word_lists(dir.path().string());
    ASSERT_TRUE(ok) << ok.error().message;
    EXPECT_EQ(ok.value().words_for("fr"), (std::vector<std::string>{"IST", "métrorragie"}));
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

TEST(Speller, AListedWordIsCorrectEvenWhereHunspellsAddIsNotEnough) {
    auto files = locate_dictionary("fr-FR", kDefaultDictionaryPath);
    ASSERT_TRUE(files);
    // hunspell-fr reads "Ag" as a form of "AG" and rejects it even after add("Ag").
    Speller without(files.value(), {});
    EXPECT_FALSE(without.check("Ag").correct);
    Speller with(files.value(), {"Ag", "ferritinémie"});
    EXPECT_TRUE(with.check("Ag").correct);
    EXPECT_TRUE(with.check("Ferritinémie").correct); // Hunspell's add() gives the cases
    EXPECT_FALSE(with.check("Agx").correct);         // near miss: not listed
}

} // namespace
} // namespace medloc
