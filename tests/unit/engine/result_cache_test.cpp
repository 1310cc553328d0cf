#include "core/sha256.h"
#include "engine/result_cache.h"
#include "test_support.h"

#include <fstream>
#include <sqlite3.h>

#include <gtest/gtest.h>

namespace medloc {
namespace {

Finding sample_finding() {
    Finding finding;
    finding.rule_id = "spelling.unknown-word";
    finding.severity = Severity::warning;
    finding.file = "content/a.xml";
    finding.position = {12, 7};
    finding.document_id = "a";
    finding.block_id = "p1";
    finding.locale = "fr-FR";
    finding.message = "unknown word 'microrragies'";
    finding.flagged_text = "microrragies";
    finding.suggestions = {"métrorragies", "micro rragies"};
    return finding;
}

std::unique_ptr<ResultCache> open_cache(const std::string& path, const std::string& environment,
                                        std::string& note) {
    auto cache = ResultCache::open(path, environment, note);
    EXPECT_TRUE(cache.ok()) << (cache.ok() ? "" : cache.error().message);
    return cache.ok() ? std::move(cache).value() : nullptr;
}

void run_sql(const std::string& path, const std::string& sql) {
    sqlite3* database = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &database), SQLITE_OK);
    EXPECT_EQ(sqlite3_exec(database, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK)
        << sqlite3_errmsg(database);
    sqlite3_close(database);
}

TEST(ResultCache, GivesBackWhatARunStoredForTheSameBytesAndEnvironment) {
    testing::TempDir dir;
    const std::string path = (dir.path() / ".medloc" / "cache.sqlite").string();
    std::string note;
    {
        auto cache = open_cache(path, "env-1", note);
        ASSERT_TRUE(cache);
        EXPECT_FALSE(cache->lookup("content/a.xml", "hash-a"));
        cache->store("content/a.xml", "hash-a", {sample_finding()});
        cache->store("content/b.xml", "hash-b", {});
        ASSERT_TRUE(cache->commit().ok());
    }
    auto cache = open_cache(path, "env-1", note);
    ASSERT_TRUE(cache);
    EXPECT_TRUE(note.empty());
    auto found = cache->lookup("content/a.xml", "hash-a");
    ASSERT_TRUE(found);
    ASSERT_EQ(found->size(), 1u);
    const Finding& finding = found->front();
    EXPECT_EQ(finding.rule_id, "spelling.unknown-word");
    EXPECT_EQ(finding.severity, Severity::warning);
    EXPECT_EQ(finding.position, (SourcePosition{12, 7}));
    EXPECT_EQ(finding.suggestions, sample_finding().suggestions);
    ASSERT_TRUE(cache->lookup("content/b.xml", "hash-b"));
    EXPECT_TRUE(cache->lookup("content/b.xml", "hash-b")->empty());
    EXPECT_EQ(cache->hits(), 3u);
}

TEST(ResultCache, NearMissesAreMisses) {
    testing::TempDir dir;
    const std::string path = (dir.path() / "cache.sqlite").string();
    std::string note;
    {
        auto cache = open_cache(path, "env-1", note);
        cache->store("content/a.xml", "hash-a", {sample_finding()});
        ASSERT_TRUE(cache->commit().ok());
    }
    auto same = open_cache(path, "env-1", note);
    EXPECT_FALSE(same->lookup("content/a.xml", "hash-a2")) << "other bytes";
    EXPECT_FALSE(same->lookup("./content/a.xml", "hash-a")) << "other path";
    auto other = open_cache(path, "env-2", note);
    EXPECT_FALSE(other->lookup("content/a.xml", "hash-a")) << "other environment";
}

TEST(ResultCache, AnEntryWhoseChecksumDoesNotMatchIsAMiss) {
    testing::TempDir dir;
    const std::string path = (dir.path() / "cache.sqlite").string();
    std::string note;
    {
        auto cache = open_cache(path, "env", note);
        cache->store("content/a.xml", "hash-a", {sample_finding()});
        cache->store("content/b.xml", "hash-b", {sample_finding()});
        ASSERT_TRUE(cache->commit().ok());
    }
    // Findings edited behind medloc's back: the row no longer matches its checksum.
    run_sql(path, "UPDATE results SET findings = '[]' WHERE file = 'content/a.xml'");
    auto cache = open_cache(path, "env", note);
    EXPECT_FALSE(cache->lookup("content/a.xml", "hash-a"));
    EXPECT_TRUE(cache->lookup("content/b.xml", "hash-b"));
    EXPECT_TRUE(note.empty());
}

TEST(ResultCache, ADamagedFileIsDiscardedAndRebuilt) {
    testing::TempDir dir;
    const std::string path = (dir.path() / "cache.sqlite").string();
    {
        std::ofstream garbage(path, std::ios::binary);
        garbage << std::string(8192, '\x5a');
    }
    std::string note;
    auto cache = open_cache(path, "env", note);
    ASSERT_TRUE(cache);
    EXPECT_NE(note.find("was damaged"), std::string::npos) << note;
    cache->store("content/a.xml", "hash-a", {});
    ASSERT_TRUE(cache->commit().ok());
    cache.reset();
    note.clear();
    auto reopened = open_cache(path, "env", note);
    EXPECT_TRUE(note.empty()) << note;
    EXPECT_TRUE(reopened->lookup("content/a.xml", "hash-a"));
}

TEST(ResultCache, ACacheOfAnotherFormatOrWithTriggersIsDiscarded) {
    for (const std::string sql :
         {"CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
          "INSERT INTO meta VALUES('format', 'medloc result cache 0');",
          "CREATE TABLE t(x); CREATE TRIGGER tr AFTER INSERT ON t BEGIN DELETE FROM t; END;"}) {
        testing::TempDir dir;
        const std::string path = (dir.path() / "cache.sqlite").string();
        run_sql(path, sql);
        std::string note;
        auto cache = open_cache(path, "env", note);
        ASSERT_TRUE(cache);
        EXPECT_NE(note.find("was damaged"), std::string::npos) << sql;
    }
}

TEST(ResultCache, AFolderThatCannotBeCreatedIsAnError) {
    testing::TempDir dir;
    { std::ofstream in_the_way(dir.path() / "file"); }
    std::string note;
    auto cache = ResultCache::open((dir.path() / "file" / "cache.sqlite").string(), "env", note);
    ASSERT_FALSE(cache.ok());
    EXPECT_NE(cache.error().message.find("cannot create"), std::string::npos);
}

TEST(FileContentHash, IsTheSha256OfTheBytesAndRespectsTheSizeLimit) {
    testing::TempDir dir;
    const auto path = (dir.path() / "a.xml").string();
    {
        std::ofstream out(path, std::ios::binary);
        out << "<article/>";
    }
    EXPECT_EQ(file_content_hash(path, 100), sha256_hex("<article/>"));
    EXPECT_FALSE(file_content_hash(path, 5));
    EXPECT_FALSE(file_content_hash((dir.path() / "absent.xml").string(), 100));
}

} // namespace
} // namespace medloc
