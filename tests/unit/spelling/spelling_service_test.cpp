#include "spelling/dictionary_locator.h"
#include "spelling/speller.h"
#include "spelling/word_list.h"
#include "test_support.h"

#include <atomic>
#include <thread>

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
    Speller speller(files.value(), {"hCG"}, {}, "fr");
    EXPECT_TRUE(speller.correct("fièvre"));
    EXPECT_TRUE(speller.correct("hCG")); // from the word list
    EXPECT_FALSE(speller.correct("microrragies"));
    for (int i = 0; i < 100; ++i)
        speller.correct("fièvre");
    EXPECT_EQ(speller.lookups(), 3u);
    EXPECT_EQ(speller.cache_hits(), 100u);
}

TEST(Speller, SuggestsTheProjectsMedicalWordFirst) {
    auto files = locate_dictionary("fr-FR", kDefaultDictionaryPath);
    ASSERT_TRUE(files);
    SuggestionBudget run;
    FileSuggestionBudget budget(run);
    // Hunspell alone ranks microphagies first; the project's medical word goes first.
    Speller speller(files.value(), {"métrorragie", "métrorragies"}, {}, "fr");
    const Suggestions found = speller.suggest("microrragies", budget);
    ASSERT_FALSE(found.words.empty());
    EXPECT_EQ(found.words.front(), "métrorragies");
    EXPECT_LE(found.closest, 1.7);
    EXPECT_FALSE(found.cut);
    // Typo-model suggestions: the right word first for the usual slips.
    EXPECT_EQ(speller.suggest("hémoragie", budget).words.front(), "hémorragie");
    EXPECT_EQ(speller.suggest("farmacie", budget).words.front(), "pharmacie");
    EXPECT_EQ(speller.suggest("resultat", budget).words.front(), "résultat");
    EXPECT_EQ(speller.suggest("Hémoragie", budget).words.front(), "Hémorragie");
}

TEST(Speller, ASpentBudgetSkipsHunspellsSearchButNotTheTypoModel) {
    auto files = locate_dictionary("fr-FR", kDefaultDictionaryPath);
    ASSERT_TRUE(files);
    SuggestionBudget run(
        SuggestionLimits{std::chrono::milliseconds(0), std::chrono::milliseconds(0)});
    FileSuggestionBudget budget(run);
    Speller speller(files.value(), {}, {}, "fr");
    // One slip away: found by the typo model, whatever the budget.
    const Suggestions near = speller.suggest("hémoragie", budget);
    EXPECT_EQ(near.words.front(), "hémorragie");
    EXPECT_FALSE(near.cut);
    EXPECT_FALSE(budget.cut());
    // Far from every word: only Hunspell's search could suggest, and there is no time.
    const Suggestions far = speller.suggest("zorbalixtrom", budget);
    EXPECT_TRUE(far.cut);
    EXPECT_TRUE(far.words.empty());
    EXPECT_TRUE(budget.cut());
    EXPECT_EQ(run.words_cut(), 1u);
    // With time, the same word gets Hunspell's search (and no cut).
    SuggestionBudget generous;
    FileSuggestionBudget file(generous);
    EXPECT_FALSE(speller.suggest("zorbalixtrom", file).cut);
    EXPECT_FALSE(file.cut());
}

TEST(Speller, TwoThreadsAskingForOneWordComputeItOnce) {
    auto files = locate_dictionary("fr-FR", kDefaultDictionaryPath);
    ASSERT_TRUE(files);
    Speller speller(files.value(), {}, {}, "fr");
    SuggestionBudget run;
    std::vector<std::thread> threads;
    std::vector<std::vector<std::string>> results(6);
    for (std::size_t t = 0; t < results.size(); ++t)
        threads.emplace_back([&, t] {
            FileSuggestionBudget budget(run);
            results[t] = speller.suggest("zorbalixtrom", budget).words;
        });
    for (std::thread& thread : threads)
        thread.join();
    EXPECT_EQ(speller.searches(), 1u); // one search, five waits
    for (const auto& words : results)
        EXPECT_EQ(words, results.front());
}

TEST(Speller, InstancesLoadAndUnloadOnManyThreadsAtOnce) {
    // Hunspell's constructor and destructor share an unguarded process-wide table: every
    // instance is made and destroyed under one mutex (the pool's deleter takes it, whatever
    // ends the instance), which the thread sanitizer build checks here.
    auto files = locate_dictionary("fr-FR", kDefaultDictionaryPath);
    ASSERT_TRUE(files);
    std::vector<std::thread> threads;
    std::atomic<int> correct{0};
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&] {
            Speller speller(files.value(), {"hCG"}, {}, "fr");
            correct += speller.correct("fièvre") && speller.correct("hCG");
        });
    for (std::thread& thread : threads)
        thread.join();
    EXPECT_EQ(correct.load(), 4);
}

TEST(Speller, French1990SpellingsAcceptedByDefaultOrRejected) {
    auto files = locate_dictionary("fr-FR", kDefaultDictionaryPath);
    ASSERT_TRUE(files);
    Speller reformed(files.value(), {}, {}, "fr");
    for (const char* word : {"maitrise", "piqure", "cout", "entrainer", "ambigüité", "aigüe",
                             "maitrisées", "couts", "évènement", "cèderai", "allègerait"})
        EXPECT_TRUE(reformed.correct(word)) << word;
    SpellingOptions classic_only;
    classic_only.french_1990 = French1990::reject;
    Speller classic(files.value(), {}, classic_only, "fr");
    for (const char* word :
         {"maitrise", "piqure", "cout", "entrainer", "ambigüité", "couts", "aigüe", "cèderai"})
        EXPECT_FALSE(classic.correct(word)) << word;
    // Classic spellings are correct under both policies.
    for (const char* word : {"maîtrise", "piqûre", "coût", "entraîner", "ambiguïté", "aiguë",
                             "céderai", "achèterai"}) {
        EXPECT_TRUE(reformed.correct(word)) << word;
        EXPECT_TRUE(classic.correct(word)) << word;
    }
    // Near miss: a misspelling is no 1990 spelling.
    EXPECT_FALSE(reformed.correct("maitrisse"));
}

TEST(Speller, OtherFormsOfAListedFrenchWordAreCorrect) {
    auto files = locate_dictionary("fr-FR", kDefaultDictionaryPath);
    ASSERT_TRUE(files);
    Speller speller(files.value(), {"antirougeoleuse", "séroprotecteur"}, {}, "fr");
    for (const char* word : {"antirougeoleux", "antirougeoleuses", "séroprotecteurs",
                             "séroprotectrice", "séroprotectrices"})
        EXPECT_TRUE(speller.correct(word)) << word;
    // Near misses: not an inflection, and not in French.
    EXPECT_FALSE(speller.correct("antirougeoleuxx"));
    EXPECT_FALSE(speller.correct("antirougeolique"));
    Speller english(files.value(), {"antirougeoleuse"}, {}, "en");
    EXPECT_FALSE(english.correct("antirougeoleux"));
}

TEST(Speller, AListedWordIsCorrectEvenWhereHunspellsAddIsNotEnough) {
    auto files = locate_dictionary("fr-FR", kDefaultDictionaryPath);
    ASSERT_TRUE(files);
    // hunspell-fr reads "Ag" as a form of "AG" and rejects it even after add("Ag").
    Speller without(files.value(), {});
    EXPECT_FALSE(without.correct("Ag"));
    Speller with(files.value(), {"Ag", "ferritinémie"});
    EXPECT_TRUE(with.correct("Ag"));
    EXPECT_TRUE(with.correct("Ferritinémie")); // Hunspell's add() gives the cases
    EXPECT_FALSE(with.correct("Agx"));         // near miss: not listed
}

} // namespace
} // namespace medloc
