// Every entry of the usage files shipped with medloc (terminology/*.usage) carries its own
// test: each example must be reported by that entry, with at least one suggestion, and
// each near miss (the same words in their correct French sense) must be silent, for every
// entry. The reader already refuses an entry without an example or a near miss.
#include "checks/usage/usage_service.h"
#include "language/language_profile.h"
#include "language/word_tokenizer.h"
#include "spelling/speller.h"
#include "test_support.h"

#include <set>

#include <gtest/gtest.h>

namespace medloc {
namespace {

class ShippedUsageEntries : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        spelling_ = testing::project_spelling_service().release();
        usage_ = testing::project_usage_service(spelling_).release();
    }
    static void TearDownTestSuite() {
        delete usage_;
        delete spelling_;
    }

    static std::vector<UsageMatch> matches(const std::string& sentence) {
        static WordTokenizer tokenizer("fr-FR");
        static const LanguageProfile profile = profile_for("fr-FR");
        return usage_->matcher("fr-FR").match(sentence, tokenizer.tokenize(sentence), profile, {});
    }

    static std::string describe(const std::string& sentence, const std::vector<UsageMatch>& found) {
        std::string text;
        for (const UsageMatch& match : found) {
            text += "\n  " + match.entry->id + ": '" +
                    sentence.substr(match.words_begin, match.words_end - match.words_begin) +
                    "' ->";
            for (const std::string& suggestion : match.suggestions)
                text += " '" + suggestion + "'";
        }
        return text.empty() ? " (nothing)" : text;
    }

    static SpellingService* spelling_;
    static UsageService* usage_;
};

SpellingService* ShippedUsageEntries::spelling_ = nullptr;
UsageService* ShippedUsageEntries::usage_ = nullptr;

TEST_F(ShippedUsageEntries, AtLeast120FrenchEntriesOfBothKindsWithTheirSources) {
    std::size_t french = 0;
    std::set<UsageKind> kinds;
    for (const UsageEntry& entry : usage_->rulebook().entries) {
        french += entry.language == "fr";
        kinds.insert(entry.kind);
        EXPECT_FALSE(entry.source.empty()) << entry.id;
        EXPECT_FALSE(entry.explanation.empty()) << entry.id;
        EXPECT_FALSE(entry.examples.empty()) << entry.id;
        EXPECT_FALSE(entry.near_misses.empty()) << entry.id;
    }
    EXPECT_GE(french, 120u);
    EXPECT_EQ(kinds.size(), 2u);
}

TEST_F(ShippedUsageEntries, EveryExampleIsReportedByItsEntryWithASuggestion) {
    for (const UsageEntry& entry : usage_->rulebook().entries) {
        for (const std::string& example : entry.examples) {
            const auto found = matches(example);
            const auto own = std::find_if(found.begin(), found.end(),
                                          [&](const UsageMatch& m) { return m.entry == &entry; });
            EXPECT_NE(own, found.end())
                << entry.id << " (" << entry.file << ":" << entry.line << ") misses \"" << example
                << "\"; found:" << describe(example, found);
            if (own != found.end()) {
                EXPECT_FALSE(own->suggestions.empty())
                    << entry.id << ": no suggestion agrees in \"" << example << "\"";
            }
        }
    }
}

TEST_F(ShippedUsageEntries, EveryNearMissIsSilent) {
    for (const UsageEntry& entry : usage_->rulebook().entries)
        for (const std::string& near_miss : entry.near_misses) {
            const auto found = matches(near_miss);
            EXPECT_TRUE(found.empty())
                << entry.id << " (" << entry.file << ":" << entry.line << ") near miss \""
                << near_miss << "\" is reported:" << describe(near_miss, found);
        }
}

} // namespace
} // namespace medloc
