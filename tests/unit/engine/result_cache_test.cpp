#include "core/sha256.h"
#include "engine/result_cache.h"
#include "test_support.h"

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sqlite3.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

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

constexpr const char* kKey = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

std::unique_ptr<ResultCache> open_cache(const std::string& path, const std::string& environment,
                                        std::string& note, const std::string& key = kKey) {
    auto cache = ResultCache::open(path, environment, key, note);
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

TEST(ResultCache, ARowWrittenWithoutTheKeyIsAMiss) {
    testing::TempDir dir;
    const std::string path = (dir.path() / "cache.sqlite").string();
    std::string note;
    {
        auto cache = open_cache(path, "env", note);
        cache->store("content/a.xml", "hash-a", {sample_finding()});
        cache->store("content/b.xml", "hash-b", {sample_finding()});
        ASSERT_TRUE(cache->commit().ok());
    }
    // Whoever can write the database but does not hold the key: a forged row, with the
    // unkeyed SHA-256 that format 1 used, and a row copied from another file.
    const std::string forged = "[]";
    run_sql(path, "UPDATE results SET findings = '" + forged + "', mac = '" +
                      sha256_hex("content/a.xml\0hash-a\0" + forged) +
                      "' WHERE file = 'content/a.xml'");
    run_sql(path, "UPDATE results SET file = 'content/c.xml' WHERE file = 'content/b.xml'");
    auto cache = open_cache(path, "env", note);
    EXPECT_FALSE(cache->lookup("content/a.xml", "hash-a"));
    EXPECT_FALSE(cache->lookup("content/c.xml", "hash-b"));
    // The same rows under another key are all misses; under the right one they are used.
    {
        auto other = open_cache(path, "env", note, std::string(64, 'f'));
        EXPECT_FALSE(other->lookup("content/b.xml", "hash-b"));
    }
    testing::TempDir second;
    const std::string fresh = (second.path() / "cache.sqlite").string();
    {
        auto writer = open_cache(fresh, "env", note);
        writer->store("content/b.xml", "hash-b", {sample_finding()});
        ASSERT_TRUE(writer->commit().ok());
    }
    EXPECT_TRUE(open_cache(fresh, "env", note)->lookup("content/b.xml", "hash-b"));
    EXPECT_FALSE(
        open_cache(fresh, "env", note, std::string(64, 'f'))->lookup("content/b.xml", "hash-b"));
}

TEST(ResultCache, ARowThatDoesNotReadBackIsAMiss) {
    // A row whose findings are cut short, followed by more bytes, or not a finding list at
    // all (the JSON of an older medloc, nested 100,000 levels deep), with a MAC that
    // matches: a miss, never a crash.
    testing::TempDir dir;
    const std::string path = (dir.path() / "cache.sqlite").string();
    std::string note;
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    {
        auto cache = open_cache(path, "env", note);
        cache->store("content/a.xml", "hash-a", {sample_finding()});
        ASSERT_TRUE(cache->commit().ok());
    }
    const std::string whole = FindingList({sample_finding(), sample_finding()}).serialize();
    for (const std::string& findings :
         {deep, std::string("[{]"), std::string("[1]"), whole.substr(0, whole.size() - 1),
          whole + '\0', whole.substr(0, whole.size() / 2)}) {
        const std::string mac = hmac_sha256_hex(kKey, std::string("env") + '\0' + "content/a.xml" +
                                                          '\0' + "hash-a" + '\0' + findings);
        sqlite3* database = nullptr;
        ASSERT_EQ(sqlite3_open(path.c_str(), &database), SQLITE_OK);
        sqlite3_stmt* update = nullptr;
        ASSERT_EQ(sqlite3_prepare_v2(database, "UPDATE results SET findings = ?, mac = ?", -1,
                                     &update, nullptr),
                  SQLITE_OK);
        sqlite3_bind_blob(update, 1, findings.data(), static_cast<int>(findings.size()),
                          SQLITE_TRANSIENT);
        sqlite3_bind_text(update, 2, mac.data(), static_cast<int>(mac.size()), SQLITE_TRANSIENT);
        EXPECT_EQ(sqlite3_step(update), SQLITE_DONE);
        sqlite3_finalize(update);
        sqlite3_close(database);
        auto cache = open_cache(path, "env", note);
        EXPECT_FALSE(cache->lookup("content/a.xml", "hash-a")) << findings.substr(0, 20);
    }
}

TEST(ResultCache, ARunOfManyFilesSetsItsRowsAsideAndCommitsThemAll) {
    // Over 4 MiB of findings: the rows wait in a temporary table, not in memory, and every
    // one of them reaches the cache, with those still in memory.
    testing::TempDir dir;
    const std::string path = (dir.path() / "cache.sqlite").string();
    std::string note;
    std::vector<Finding> findings(40, sample_finding());
    for (std::size_t i = 0; i < findings.size(); ++i)
        findings[i].message = std::string(300, 'a' + static_cast<char>(i % 26)) + std::to_string(i);
    constexpr int kFiles = 500; // about 6 MiB of findings
    {
        auto cache = open_cache(path, "env", note);
        for (int i = 0; i < kFiles; ++i) {
            findings.front().position.line = i;
            cache->store("content/" + std::to_string(i) + ".xml", "hash-" + std::to_string(i),
                         findings);
        }
        ASSERT_TRUE(cache->commit().ok());
        // A second commit writes nothing twice and loses nothing.
        cache->store("content/late.xml", "hash-late", {});
        ASSERT_TRUE(cache->commit().ok());
    }
    auto reopened = open_cache(path, "env", note);
    for (int i = 0; i < kFiles; ++i) {
        const auto found =
            reopened->lookup("content/" + std::to_string(i) + ".xml", "hash-" + std::to_string(i));
        ASSERT_TRUE(found) << i;
        ASSERT_EQ(found->size(), findings.size());
        EXPECT_EQ(found->front().position.line, i);
        EXPECT_EQ(found->back().message, findings.back().message);
    }
    EXPECT_TRUE(reopened->lookup("content/late.xml", "hash-late"));
    EXPECT_EQ(reopened->hits(), static_cast<std::size_t>(kFiles) + 1);
}

long long count_rows(const std::string& path, const std::string& where) {
    sqlite3* database = nullptr;
    EXPECT_EQ(sqlite3_open(path.c_str(), &database), SQLITE_OK);
    sqlite3_stmt* statement = nullptr;
    const std::string sql = "SELECT count(*) FROM results WHERE " + where;
    EXPECT_EQ(sqlite3_prepare_v2(database, sql.c_str(), -1, &statement, nullptr), SQLITE_OK);
    EXPECT_EQ(sqlite3_step(statement), SQLITE_ROW);
    const long long count = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    sqlite3_close(database);
    return count;
}

TEST(ResultCache, RowsUnusedFor30DaysAreForgottenByTheFirstCommitOfTheDay) {
    testing::TempDir dir;
    const std::string path = (dir.path() / "cache.sqlite").string();
    std::string note;
    const auto old_row = [&](const std::string& file) {
        run_sql(path, "INSERT INTO results VALUES('env-old', '" + file +
                          "', 'h', x'00', 'mac', 1000)"); // last used in 1970
    };
    {
        auto cache = open_cache(path, "env", note);
        cache->store("content/a.xml", "hash-a", {});
        ASSERT_TRUE(cache->commit().ok());
    }
    old_row("content/old-1.xml");
    {
        auto cache = open_cache(path, "env", note);
        cache->store("content/b.xml", "hash-b", {});
        ASSERT_TRUE(cache->commit().ok());
    }
    // The first commit forgot; this one, the same day, did not read the table again.
    EXPECT_EQ(count_rows(path, "environment = 'env-old'"), 1);
    EXPECT_EQ(count_rows(path, "environment = 'env'"), 2);
    // A day later, the next commit forgets.
    run_sql(path, "UPDATE meta SET value = strftime('%s', 'now') - 90000 WHERE key = "
                  "'forgotten'");
    {
        auto cache = open_cache(path, "env", note);
        cache->store("content/c.xml", "hash-c", {});
        ASSERT_TRUE(cache->commit().ok());
    }
    EXPECT_EQ(count_rows(path, "environment = 'env-old'"), 0);
    EXPECT_EQ(count_rows(path, "environment = 'env'"), 3);
    // A mark that is not a time (or lies in the future) forgets too.
    old_row("content/old-2.xml");
    run_sql(path, "UPDATE meta SET value = 'soon' WHERE key = 'forgotten'");
    {
        auto cache = open_cache(path, "env", note);
        cache->store("content/d.xml", "hash-d", {});
        ASSERT_TRUE(cache->commit().ok());
    }
    EXPECT_EQ(count_rows(path, "environment = 'env-old'"), 0);
}

TEST(ResultCache, HitsInARowDoNotKeepAnotherRunFromCommitting) {
    // Hits share one read of the database; another process's commit, which must wait for
    // every reader, gets through within milliseconds of the last hit, not at the end of the
    // run.
    testing::TempDir dir;
    const std::string path = (dir.path() / "cache.sqlite").string();
    std::string note;
    {
        auto cache = open_cache(path, "env", note);
        for (int i = 0; i < 50; ++i)
            cache->store("content/" + std::to_string(i) + ".xml", "hash", {sample_finding()});
        ASSERT_TRUE(cache->commit().ok());
    }
    auto cache = open_cache(path, "env", note);
    for (int i = 0; i < 50; ++i)
        ASSERT_TRUE(cache->lookup("content/" + std::to_string(i) + ".xml", "hash")) << i;
    // The cache stays open, idle, as during a long check of one file.
    sqlite3* other = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &other), SQLITE_OK);
    sqlite3_busy_timeout(other, 3000);
    const auto start = std::chrono::steady_clock::now();
    EXPECT_EQ(sqlite3_exec(other,
                           "BEGIN IMMEDIATE; UPDATE results SET last_used = last_used + 1; "
                           "COMMIT;",
                           nullptr, nullptr, nullptr),
              SQLITE_OK)
        << sqlite3_errmsg(other);
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(1));
    sqlite3_close(other);
    // And the cache reads on, the other run's changes included.
    EXPECT_TRUE(cache->lookup("content/7.xml", "hash"));
    EXPECT_EQ(cache->hits(), 51u);
}

TEST(ResultCache, RunsStartedTogetherOnANewCacheAllUseIt) {
    // One of them makes the cache; none may see it half made (tables without the format or
    // the mark) and refuse it as another program's database.
    for (int round = 0; round < 10; ++round) {
        testing::TempDir dir;
        const std::string path = (dir.path() / ".medloc" / "cache.sqlite").string();
        std::vector<std::string> errors(6);
        std::vector<std::thread> runs;
        for (std::size_t k = 0; k < errors.size(); ++k)
            runs.emplace_back([&, k] {
                std::string note;
                auto cache = ResultCache::open(path, "env", kKey, note);
                if (!cache.ok())
                    errors[k] = cache.error().message;
                else if (!note.empty())
                    errors[k] = note;
            });
        for (std::thread& run : runs)
            run.join();
        for (const std::string& error : errors)
            EXPECT_EQ(error, "") << "round " << round;
    }
}

TEST(ResultCache, ADamagedMedlocCacheIsDiscardedAndRebuilt) {
    testing::TempDir dir;
    const std::string path = (dir.path() / "cache.sqlite").string();
    std::string note;
    {
        auto cache = open_cache(path, "env", note);
        cache->store("content/a.xml", "hash-a", {});
        ASSERT_TRUE(cache->commit().ok());
    }
    // medloc's header (and application id) kept, the rest overwritten.
    {
        std::fstream file(path, std::ios::binary | std::ios::in | std::ios::out);
        file.seekp(100);
        file << std::string(8192, '\x5a');
    }
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

TEST(ResultCache, AnOlderMedlocCacheOrOneWithTriggersIsDiscarded) {
    for (const std::string sql :
         {"CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
          "INSERT INTO meta VALUES('format', 'medloc result cache 1');",
          // Format 2 held JSON rows.
          "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
          "INSERT INTO meta VALUES('format', 'medloc result cache 2');",
          "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
          "INSERT INTO meta VALUES('format', 'medloc result cache 3');"
          "CREATE TABLE t(x); CREATE TRIGGER tr AFTER INSERT ON t BEGIN DELETE FROM t; END;"}) {
        testing::TempDir dir;
        const std::string path = (dir.path() / "cache.sqlite").string();
        run_sql(path, sql);
        EXPECT_TRUE(ResultCache::check_path(path).ok()) << sql;
        std::string note;
        auto cache = open_cache(path, "env", note);
        ASSERT_TRUE(cache);
        EXPECT_NE(note.find("was damaged"), std::string::npos) << sql;
    }
}

TEST(ResultCache, AFileThatIsNotAMedlocCacheIsNeverTouched) {
    // --cache README.md, --cache another program's database, a folder: refused, as they were.
    testing::TempDir dir;
    const std::string text = (dir.path() / "README.md").string();
    {
        std::ofstream out(text, std::ios::binary);
        out << "# My project\n" << std::string(8192, 'x');
    }
    const std::string database = (dir.path() / "other.sqlite").string();
    run_sql(database, "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
                      "INSERT INTO meta VALUES('format', 'another tool');");
    const std::string folder = dir.path().string();
    for (const std::string& path : {text, database, folder}) {
        const auto before = std::filesystem::last_write_time(path);
        EXPECT_FALSE(ResultCache::check_path(path).ok()) << path;
        std::string note;
        auto cache = ResultCache::open(path, "env", kKey, note);
        ASSERT_FALSE(cache.ok()) << path;
        EXPECT_NE(cache.error().message.find("not"), std::string::npos);
        EXPECT_EQ(std::filesystem::last_write_time(path), before) << path;
    }
    std::ifstream in(text, std::ios::binary);
    std::string first_line;
    std::getline(in, first_line);
    EXPECT_EQ(first_line, "# My project");
    // An empty file is taken as a new cache.
    const std::string empty = (dir.path() / "empty.sqlite").string();
    { std::ofstream out(empty); }
    EXPECT_TRUE(ResultCache::check_path(empty).ok());
}

TEST(ResultCacheKey, IsMadeOnceBesideTheCacheReadableByItsOwnerOnly) {
    testing::TempDir dir;
    const std::string path = (dir.path() / ".medloc" / "cache.sqlite").string();
    ::unsetenv("MEDLOC_CACHE_KEY");
    auto key = result_cache_key(path);
    ASSERT_TRUE(key.ok()) << key.error().message;
    EXPECT_EQ(key.value().size(), 64u);
    struct stat status {};
    ASSERT_EQ(::stat((path + ".key").c_str(), &status), 0);
    EXPECT_EQ(status.st_mode & 0777, 0600u);
    auto again = result_cache_key(path);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.value(), key.value());
    // Another cache gets another key.
    auto other = result_cache_key((dir.path() / "other.sqlite").string());
    ASSERT_TRUE(other.ok());
    EXPECT_NE(other.value(), key.value());
    // A key others may read or write (as a checked-out file is), or a link, is not trusted.
    ::chmod((path + ".key").c_str(), 0644);
    auto exposed = result_cache_key(path);
    ASSERT_FALSE(exposed.ok());
    EXPECT_NE(exposed.error().message.find("not trusted"), std::string::npos);
    ::chmod((path + ".key").c_str(), 0600);
    const std::string linked = (dir.path() / "linked.sqlite").string();
    ASSERT_EQ(::symlink((path + ".key").c_str(), (linked + ".key").c_str()), 0);
    EXPECT_FALSE(result_cache_key(linked).ok());
    // MEDLOC_CACHE_KEY wins, and must be long enough to be a secret.
    ::setenv("MEDLOC_CACHE_KEY", "a-secret-from-the-ci-secret-store-0123456789", 1);
    EXPECT_EQ(result_cache_key(path).value(), "a-secret-from-the-ci-secret-store-0123456789");
    ::setenv("MEDLOC_CACHE_KEY", "short", 1);
    EXPECT_FALSE(result_cache_key(path).ok());
    ::unsetenv("MEDLOC_CACHE_KEY");
}

TEST(ResultCache, AFolderThatCannotBeCreatedIsAnError) {
    testing::TempDir dir;
    { std::ofstream in_the_way(dir.path() / "file"); }
    std::string note;
    auto cache =
        ResultCache::open((dir.path() / "file" / "cache.sqlite").string(), "env", kKey, note);
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
