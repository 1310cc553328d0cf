// The kit manifest: word counts for quoting, the JSON form and how an untrusted one is read.
#include "kit/kit_manifest.h"

#include <gtest/gtest.h>

namespace medloc {
namespace {

KitUnit unit(const std::string& locale, const std::string& id, KitUnitStatus status, long words) {
    KitUnit u;
    u.locale = locale;
    u.article = "a";
    u.article_path = "content/a.xml";
    u.unit = id;
    u.kind = "p";
    u.status = status;
    u.words = words;
    u.source_hash = "sha256:" + std::string(64, '1');
    u.block_hash = "sha256:" + std::string(64, '2');
    u.source = "Texte <pc id=\"1\" dataRefStart=\"d1\" dataRefEnd=\"d1e\" type=\"fmt\">gras</pc>";
    u.original_data = {{"d1", "<strong>"}, {"d1e", "</strong>"}};
    return u;
}

TEST(QuoteWords, RepetitionsInsideTheKitCountOnceAsAgenciesQuote) {
    std::vector<KitUnit> units = {
        unit("en-US", "u1", KitUnitStatus::missing, 10),
        unit("en-US", "u2", KitUnitStatus::stale, 7),
        unit("en-US", "u3", KitUnitStatus::missing, 10), // same text as u1: repeated
        unit("en-US", "u4", KitUnitStatus::stale, 10),   // same text as u1 again, stale: repeated
        unit("en-US", "u5", KitUnitStatus::current, 4),  // --scope all: to review
        unit("de-DE", "u1", KitUnitStatus::missing, 10), // another locale: new there
    };
    const std::vector<std::string> texts = {"Buvez.", "Reposez-vous.", "Buvez.",
                                            "Buvez.", "Consultez.",    "Buvez."};
    const auto words = count_quote_words(units, texts);
    EXPECT_EQ(words.at("en-US"), (QuoteWords{5, 10, 7, 4, 20}));
    EXPECT_EQ(words.at("en-US").total(), 41);
    EXPECT_EQ(words.at("de-DE"), (QuoteWords{1, 10, 0, 0, 0}));
    EXPECT_FALSE(units[0].repeated);
    EXPECT_TRUE(units[2].repeated);
    EXPECT_TRUE(units[3].repeated);
    EXPECT_FALSE(units[5].repeated);
}

TEST(QuoteWords, AStaleTextFirstThenTheSameMissingOneIsRepeated) {
    std::vector<KitUnit> units = {unit("en-US", "a", KitUnitStatus::stale, 3),
                                  unit("en-US", "b", KitUnitStatus::missing, 3)};
    const auto words = count_quote_words(units, {"Même texte.", "Même texte."});
    EXPECT_EQ(words.at("en-US"), (QuoteWords{2, 0, 3, 0, 3}));
}

KitManifest sample() {
    KitManifest manifest;
    manifest.created = format_utc(1780000000);
    manifest.source_revision = std::string(40, 'a');
    manifest.source_locale = "fr-FR";
    manifest.target_locales = {"en-US"};
    manifest.xliff_version = "2.1";
    manifest.scope = {"missing", "stale"};
    manifest.units = {unit("en-US", "u1", KitUnitStatus::missing, 10),
                      unit("en-US", "u2", KitUnitStatus::stale, 7)};
    manifest.units[1].previous_target_hash = "sha256:" + std::string(64, '3');
    manifest.context = {{"en-US", "a", "u0"}};
    manifest.files = {{"en-US/a.xlf", "en-US", "a"}};
    manifest.words = count_quote_words(manifest.units, {"x", "y"});
    manifest.kit_id = make_kit_id(manifest);
    return manifest;
}

TEST(KitManifest, IdAndTimeAreReproducible) {
    EXPECT_EQ(format_utc(1780000000), "2026-05-28T20:26:40Z");
    EXPECT_EQ(format_utc(0), "1970-01-01T00:00:00Z");
    const KitManifest manifest = sample();
    EXPECT_EQ(manifest.kit_id, make_kit_id(sample()));
    EXPECT_TRUE(manifest.kit_id.starts_with("kit-20260528-"));
    EXPECT_EQ(manifest.kit_id.size(), std::string("kit-20260528-").size() + 12);
    KitManifest other = sample();
    other.units[0].words = 11;
    EXPECT_NE(make_kit_id(other), manifest.kit_id);
}

TEST(KitManifest, ReadsBackWhatItWrites) {
    const KitManifest manifest = sample();
    const std::string text = manifest_json(manifest);
    auto read = parse_manifest(text);
    ASSERT_TRUE(read) << read.error().message;
    EXPECT_EQ(manifest_json(read.value()), text);
    EXPECT_EQ(read.value().units[0].original_data, manifest.units[0].original_data);
    EXPECT_EQ(read.value().units[1].status, KitUnitStatus::stale);
    EXPECT_EQ(read.value().context.size(), 1u);
    EXPECT_NE(read.value().find("en-US", "a", "u2"), nullptr);
    EXPECT_EQ(read.value().find("en-US", "a", "u9"), nullptr);
}

TEST(KitManifest, WordCountsAreRecomputedNotTrusted) {
    std::string text = manifest_json(sample());
    const std::string claimed = "\"new\": 10";
    ASSERT_NE(text.find(claimed), std::string::npos);
    text.replace(text.find(claimed), claimed.size(), "\"new\": 99999");
    auto read = parse_manifest(text);
    ASSERT_TRUE(read);
    EXPECT_EQ(read.value().words.at("en-US").new_words, 10);
}

TEST(KitManifest, RefusesWhatIsNotAManifest) {
    const std::string good = manifest_json(sample());
    const auto refused = [&](const std::string& from, const std::string& to) {
        std::string text = good;
        const auto at = text.find(from);
        EXPECT_NE(at, std::string::npos) << from;
        text.replace(at, from.size(), to);
        return !parse_manifest(text).ok();
    };
    EXPECT_FALSE(parse_manifest("not json").ok());
    EXPECT_FALSE(parse_manifest("[]").ok());
    EXPECT_TRUE(refused("\"medloc-kit\"", "\"medloc-bundle\""));
    EXPECT_TRUE(refused("\"format_version\": 1", "\"format_version\": 2"));
    EXPECT_TRUE(refused("\"status\": \"missing\"", "\"status\": \"done\""));
    EXPECT_TRUE(refused("\"words\": 10", "\"words\": \"ten\""));
    EXPECT_TRUE(refused("\"words\": 10", "\"words\": -3"));
    EXPECT_TRUE(refused("\"source_hash\": \"sha256:1111", "\"source_hash\": \"md5:1111"));
    EXPECT_TRUE(refused("\"unit\": \"u2\"", "\"unit\": \"u1\"")); // a unit twice
    EXPECT_TRUE(refused("\"kit_id\": \"kit-", "\"kit_id\": \"../../etc/"));
    EXPECT_TRUE(refused("\"d1\",", "7,"));
}

} // namespace
} // namespace medloc
