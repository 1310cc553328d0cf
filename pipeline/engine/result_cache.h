#pragma once

#include "core/finding.h"
#include "core/result.h"

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

struct sqlite3;

namespace medloc {

// Findings of earlier runs, by file, in an SQLite database (docs/cache.md). An entry is
// used only when the file's bytes and the run's environment (the medloc executable, the
// settings, schemas, word lists, termbase, dictionaries and the date) are those it was
// recorded under. Every entry carries a SHA-256 of its findings: a damaged entry is a miss,
// a damaged database is discarded and rebuilt, never trusted.
class ResultCache {
public:
    // Opens or creates the database at `path` (its folder too) for runs whose environment
    // hashes to `environment`. `note` receives what the user should know (a damaged cache
    // that was discarded); an Error means the run goes on without a cache.
    static Result<std::unique_ptr<ResultCache>>
    open(const std::string& path, const std::string& environment, std::string& note);
    ~ResultCache();
    ResultCache(const ResultCache&) = delete;
    ResultCache& operator=(const ResultCache&) = delete;

    // Thread-safe. `content_hash` is the SHA-256 of the file's bytes.
    std::optional<std::vector<Finding>> lookup(const std::string& file,
                                               const std::string& content_hash) const;
    void store(const std::string& file, const std::string& content_hash,
               const std::vector<Finding>& findings);

    // Writes what was stored and forgets entries no run has used for 30 days, in one
    // transaction. A busy database (another medloc writing) is waited for a while, then
    // left alone: the results are only not saved.
    Status commit();

    std::size_t hits() const { return hits_; }

private:
    struct Entry {
        std::string content_hash;
        std::string findings_json;
        long long last_used = 0;
    };
    struct Pending {
        std::string file;
        std::string content_hash;
        std::string findings_json;
    };

    ResultCache(sqlite3* database, std::string environment);
    Status load_entries();

    sqlite3* database_;
    std::string environment_;
    long long now_;
    std::unordered_map<std::string, Entry> entries_; // by file, for this environment
    mutable std::atomic<std::size_t> hits_{0};
    mutable std::mutex mutex_;
    mutable std::vector<std::string> used_; // files hit whose last use is to be refreshed
    std::vector<Pending> pending_;
};

// SHA-256 of a file's bytes; nullopt when it cannot be read or is larger than `max_bytes`
// (such a file is checked, and reported, without the cache).
std::optional<std::string> file_content_hash(const std::string& path, std::uintmax_t max_bytes);

} // namespace medloc
