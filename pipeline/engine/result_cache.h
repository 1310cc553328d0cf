#pragma once

#include "core/finding.h"
#include "core/finding_list.h"
#include "core/result.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

struct sqlite3;

namespace medloc {

class CacheStatement;

// Findings of earlier runs, by file, in an SQLite database (docs/cache.md). An entry is
// used only when the file's bytes and the run's environment (the medloc executable and its
// libraries, the settings, schemas, word lists, termbase, dictionaries and the date) are
// those it was recorded under. Every entry carries an HMAC-SHA-256 of what it says, under a
// secret key kept outside the database (MEDLOC_CACHE_KEY, or a file beside it that only
// its owner can read): a row written by anyone without the key is a miss, however it was
// made. A damaged medloc cache is discarded and rebuilt, never trusted; a file that is not
// a medloc cache is never touched.
class ResultCache {
public:
    // Whether `path` may hold the cache: absent, empty, or a medloc cache (its SQLite
    // application id, or the meta table of an older medloc). Anything else (a document, a
    // database of another program) is an Error: the cache discards what it finds damaged,
    // so it must never be pointed at a file that is not its own.
    static Status check_path(const std::string& path);

    // Opens or creates the database at `path` (its folder too) for runs whose environment
    // hashes to `environment`, its rows authenticated with `key` (result_cache_key). `note`
    // receives what the user should know (a damaged cache that was discarded); an Error
    // means the run goes on without a cache. A path check_path refuses is an Error too,
    // and nothing is touched; callers check it first to stop the run (exit 2).
    static Result<std::unique_ptr<ResultCache>> open(const std::string& path,
                                                     const std::string& environment,
                                                     const std::string& key, std::string& note);
    ~ResultCache();
    ResultCache(const ResultCache&) = delete;
    ResultCache& operator=(const ResultCache&) = delete;

    // Thread-safe. `content_hash` is the SHA-256 of the file's bytes. Memory does not grow
    // with the findings of the cache or of the run: they are read from the database on a
    // hit, and what is stored waits for the commit in a temporary table.
    std::optional<FindingList> lookup(const std::string& file,
                                      const std::string& content_hash) const;
    void store(const std::string& file, const std::string& content_hash,
               const FindingList& findings);

    // Writes what was stored and forgets entries no run has used for 30 days, in one
    // transaction. A busy database (another medloc writing) is waited for a while, then
    // left alone: the results are only not saved.
    Status commit();

    std::size_t hits() const { return hits_; }

private:
    struct Entry { // the findings stay in the database until a lookup hits
        std::string content_hash;
        long long last_used = 0;
    };
    struct Pending {
        std::string file;
        std::string content_hash;
        std::string findings_bytes;
        std::string mac;
    };

    ResultCache(sqlite3* database, std::string environment, std::string key);
    Status load_entries();
    void set_aside(); // with mutex_ held
    // Hits in a row share one read transaction of the database: one lock of the file and
    // one check of its journal instead of one per file, which cost a warm run more than
    // reading its rows. The read never blocks another run's commit for long: it ends on a
    // miss (a file to check), after kReadHold, when no lookup came for kReadIdle (a watcher
    // thread), and before any write. All with mutex_ held.
    void begin_read() const;
    void end_read() const;
    void watch_reads() const; // the watcher thread
    std::string row_mac(const std::string& file, const std::string& content_hash,
                        const std::string& findings_bytes) const;

    sqlite3* database_;
    std::string environment_;
    std::string key_; // the secret of the row MACs
    long long now_;
    std::unordered_map<std::string, Entry> entries_; // by file, for this environment
    mutable std::atomic<std::size_t> hits_{0};
    mutable std::mutex mutex_;
    mutable std::unique_ptr<CacheStatement> lookup_statement_; // with mutex_ held
    mutable std::vector<std::string> used_; // files hit whose last use is to be refreshed
    std::vector<Pending> pending_;
    std::size_t pending_bytes_ = 0;
    bool set_aside_table_ = false; // temp.pending exists
    bool rows_set_aside_ = false;  // and holds rows
    bool set_aside_failed_ = false;
    mutable bool reading_ = false;   // a read transaction is open
    mutable bool hold_reads_ = true; // false: each lookup its own transaction
    mutable bool closing_ = false;   // the watcher is to stop
    mutable std::chrono::steady_clock::time_point read_began_;
    mutable std::chrono::steady_clock::time_point last_read_;
    mutable std::condition_variable read_watch_;
    mutable std::thread read_watcher_;
};

// The secret of a cache's row MACs: MEDLOC_CACHE_KEY when it is set (at least 32
// characters; for CI, from its secret store, so that the key is never in a cached folder),
// else the file `<cache path>.key`, created with 32 random bytes and mode 0600 when absent. A
// key file that is a link, not owned by the user running medloc or readable or writable by
// others is not trusted (an Error: the run goes without a cache).
Result<std::string> result_cache_key(const std::string& cache_path);

// SHA-256 of a file's bytes; nullopt when it cannot be read or is larger than `max_bytes`
// (such a file is checked, and reported, without the cache).
std::optional<std::string> file_content_hash(const std::string& path, std::uintmax_t max_bytes);

} // namespace medloc
