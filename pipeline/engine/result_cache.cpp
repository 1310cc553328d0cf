#include "engine/result_cache.h"

#include "core/file_read.h"
#include "core/sha256.h"

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sqlite3.h>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

namespace medloc {

// A prepared statement of the cache that finalises itself (named, not in the anonymous
// namespace: the cache keeps one as a member).
class CacheStatement {
public:
    CacheStatement(sqlite3* database, const char* sql) {
        code_ = sqlite3_prepare_v2(database, sql, -1, &statement_, nullptr);
    }
    ~CacheStatement() { sqlite3_finalize(statement_); }
    CacheStatement(const CacheStatement&) = delete;
    CacheStatement& operator=(const CacheStatement&) = delete;

    int prepared() const { return code_; }
    void bind(int index, const std::string& text) {
        sqlite3_bind_text(statement_, index, text.data(), static_cast<int>(text.size()),
                          SQLITE_TRANSIENT);
    }
    void bind(int index, long long number) { sqlite3_bind_int64(statement_, index, number); }
    void bind_blob(int index, const std::string& bytes) {
        sqlite3_bind_blob(statement_, index, bytes.data(), static_cast<int>(bytes.size()),
                          SQLITE_TRANSIENT);
    }
    int step() { return sqlite3_step(statement_); }
    void reset() {
        sqlite3_reset(statement_);
        sqlite3_clear_bindings(statement_);
    }
    std::string text(int column) const {
        const auto* bytes = sqlite3_column_text(statement_, column);
        return bytes == nullptr ? std::string()
                                : std::string(reinterpret_cast<const char*>(bytes),
                                              static_cast<std::size_t>(
                                                  sqlite3_column_bytes(statement_, column)));
    }
    long long number(int column) const { return sqlite3_column_int64(statement_, column); }

private:
    sqlite3_stmt* statement_ = nullptr;
    int code_ = SQLITE_OK;
};

namespace {

// How long consecutive hits may share one read of the database, and how long one stays
// open without a lookup.
constexpr std::chrono::milliseconds kReadHold{25};
constexpr std::chrono::milliseconds kReadIdle{5};

// Format 2: rows authenticated by an HMAC under a key outside the database (format 1 had a
// plain SHA-256 anyone could recompute). Format 3: a row's findings are a FindingList's
// bytes (format 2 held JSON text).
constexpr const char* kFormat = "medloc result cache 3";
constexpr std::string_view kFormatFamily = "medloc result cache";
// SQLite's application id (header offset 68): 'mloc'. How a medloc cache is known before
// SQLite reads it, even when it is damaged.
constexpr std::uint32_t kApplicationId = 0x6D6C6F63;
constexpr std::size_t kKeyBytes = 32;
constexpr long long kDay = 24 * 60 * 60;
constexpr long long kForgetAfter = 30 * kDay;
// Rows to store beyond this many bytes wait in a temporary table, not in memory.
constexpr std::size_t kPendingInMemory = 4 << 20;

// A failed step: `damaged` when the file is not a usable cache (to be discarded), false
// when the cache cannot be used now (read-only folder, a full disk).
struct StepError {
    std::string message;
    bool damaged = false;
};

bool is_damage(int code) {
    const int primary = code & 0xff;
    return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB || primary == SQLITE_FORMAT ||
           primary == SQLITE_SCHEMA || primary == SQLITE_MISMATCH;
}

StepError step_error(sqlite3* database, int code) {
    return {sqlite3_errmsg(database), is_damage(code)};
}

std::optional<StepError> execute(sqlite3* database, const char* sql) {
    const int code = sqlite3_exec(database, sql, nullptr, nullptr, nullptr);
    if (code != SQLITE_OK)
        return step_error(database, code);
    return std::nullopt;
}

long long seconds_now() {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// Creates the tables of a new cache, or checks that an existing one is medloc's, of this
// format, and holds nothing that runs code (the file lies in a content repository).
std::optional<StepError> prepare_tables(sqlite3* database);

std::optional<StepError> prepare_schema(sqlite3* database) {
    // No trigger, view or function of the file is trusted to run.
    sqlite3_db_config(database, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(database, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    // A new cache is made whole in one transaction: a run started at the same moment must
    // never see its tables without its format and mark, and take it for another program's
    // database. An existing one is only read here (it may be read-only).
    CacheStatement tables(database, "SELECT count(*) FROM sqlite_master");
    if (tables.prepared() != SQLITE_OK)
        return step_error(database, tables.prepared());
    const int counted = tables.step();
    if (counted != SQLITE_ROW)
        return step_error(database, counted);
    const bool is_new = tables.number(0) == 0;
    tables.reset();
    if (!is_new)
        return prepare_tables(database);
    if (auto error = execute(database, "BEGIN IMMEDIATE"))
        return error;
    auto failure = prepare_tables(database);
    if (!failure)
        failure = execute(database, "COMMIT");
    if (failure)
        execute(database, "ROLLBACK");
    return failure;
}

std::optional<StepError> prepare_tables(sqlite3* database) {
    if (auto error =
            execute(database, "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT "
                              "NOT NULL);"
                              "CREATE TABLE IF NOT EXISTS results(environment TEXT NOT NULL, "
                              "file TEXT NOT NULL, content_hash TEXT NOT NULL, findings TEXT NOT "
                              "NULL, mac TEXT NOT NULL, last_used INTEGER NOT NULL, "
                              "PRIMARY KEY(environment, file)) WITHOUT ROWID;"))
        return error;
    CacheStatement format(database, "SELECT value FROM meta WHERE key = 'format'");
    if (format.prepared() != SQLITE_OK)
        return step_error(database, format.prepared());
    if (int code = format.step(); code == SQLITE_DONE) {
        CacheStatement insert(database, "INSERT INTO meta VALUES('format', ?)");
        insert.bind(1, std::string(kFormat));
        if (int inserted = insert.step(); inserted != SQLITE_DONE)
            return step_error(database, inserted);
        const std::string mark = "PRAGMA application_id = " + std::to_string(kApplicationId);
        if (auto error = execute(database, mark.c_str()))
            return error;
    } else if (code != SQLITE_ROW) {
        return step_error(database, code);
    } else if (format.text(0) != kFormat) {
        return StepError{"not a cache of this medloc version", true};
    }
    CacheStatement code(database, "SELECT count(*) FROM sqlite_master WHERE type IN ('trigger', "
                                  "'view')");
    // Checked after the format: a file that passed check_path is medloc's, so what is wrong
    // with it is damage.
    if (code.prepared() != SQLITE_OK)
        return step_error(database, code.prepared());
    if (code.step() != SQLITE_ROW || code.number(0) != 0)
        return StepError{"it holds triggers or views", true};
    return std::nullopt;
}

// Whether a non-empty regular file is a medloc cache: SQLite's header with medloc's
// application id, or (an older medloc, before the id) an SQLite database whose meta table
// names a medloc format. Read-only: nothing is written to a file that may not be ours.
bool is_medloc_cache(const std::string& path) {
    auto header = read_regular_file_prefix(path, 100);
    if (!header || header.value().size() < 100 ||
        !std::string_view(header.value()).starts_with(std::string_view("SQLite format 3\0", 16)))
        return false;
    const auto* bytes = reinterpret_cast<const unsigned char*>(header.value().data());
    const std::uint32_t id = (std::uint32_t{bytes[68]} << 24) | (std::uint32_t{bytes[69]} << 16) |
                             (std::uint32_t{bytes[70]} << 8) | std::uint32_t{bytes[71]};
    if (id == kApplicationId)
        return true;
    sqlite3* database = nullptr;
    bool medloc = false;
    if (sqlite3_open_v2(path.c_str(), &database, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_db_config(database, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
        sqlite3_db_config(database, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
        CacheStatement format(database, "SELECT value FROM meta WHERE key = 'format'");
        medloc = format.prepared() == SQLITE_OK && format.step() == SQLITE_ROW &&
                 format.text(0).starts_with(kFormatFamily);
    }
    sqlite3_close_v2(database);
    return medloc;
}

void remove_database_files(const std::string& path) {
    std::error_code ec;
    for (const char* suffix : {"", "-journal", "-wal", "-shm"})
        std::filesystem::remove(path + suffix, ec);
}

} // namespace

ResultCache::ResultCache(sqlite3* database, std::string environment, std::string key)
    : database_(database), environment_(std::move(environment)), key_(std::move(key)),
      now_(seconds_now()) {}

// The row's MAC binds its findings to the environment, the file and its content, under the
// cache's secret key.
std::string ResultCache::row_mac(const std::string& file, const std::string& content_hash,
                                 const std::string& findings_bytes) const {
    const std::string_view separator("\0", 1);
    return hmac_sha256_hex(
        key_, {environment_, separator, file, separator, content_hash, separator, findings_bytes});
}

void ResultCache::begin_read() const {
    if (reading_ || !hold_reads_)
        return;
    if (!read_watcher_.joinable()) {
        try {
            read_watcher_ = std::thread([this] { watch_reads(); });
        } catch (const std::system_error&) { // no thread to be had: a transaction per lookup
            hold_reads_ = false;
            return;
        }
    }
    if (execute(database_, "BEGIN"))
        return;
    reading_ = true;
    read_began_ = std::chrono::steady_clock::now();
    read_watch_.notify_all();
}

void ResultCache::end_read() const {
    if (!reading_)
        return;
    reading_ = false;
    // A read-only transaction: ending it only lets go of the lock.
    if (execute(database_, "COMMIT"))
        execute(database_, "ROLLBACK");
}

void ResultCache::watch_reads() const {
    std::unique_lock lock(mutex_);
    while (!closing_) {
        if (!reading_) {
            read_watch_.wait(lock, [this] { return closing_ || reading_; });
            continue;
        }
        if (std::chrono::steady_clock::now() - last_read_ >= kReadIdle)
            end_read();
        else
            read_watch_.wait_for(lock, kReadIdle);
    }
}

Status ResultCache::check_path(const std::string& path) {
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status))
        return ok_status(); // absent: the cache is created there
    if (!std::filesystem::is_regular_file(status))
        return Error{"the result cache " + path +
                     " is not a regular file; give cache.path (--cache) a file of its own"};
    const std::uintmax_t size = std::filesystem::file_size(path, ec);
    if (ec)
        return Error{"the result cache " + path + " cannot be read: " + ec.message()};
    if (size == 0 || is_medloc_cache(path))
        return ok_status();
    return Error{path + " is not a medloc result cache: medloc neither uses nor replaces it; "
                        "give cache.path (--cache) a file of its own, or remove it if it was "
                        "one"};
}

ResultCache::~ResultCache() {
    {
        std::lock_guard lock(mutex_);
        end_read();
        closing_ = true;
    }
    read_watch_.notify_all();
    if (read_watcher_.joinable())
        read_watcher_.join();
    lookup_statement_.reset(); // finalised before the database is closed
    sqlite3_close_v2(database_);
}

// Reads every row of this environment once, which is how a damaged file is known before
// the run; only the index (file, content hash, last use) is kept, the findings are read
// again when a file hits.
Status ResultCache::load_entries() {
    CacheStatement select(database_, "SELECT file, content_hash, last_used FROM results WHERE "
                                     "environment = ?");
    if (select.prepared() != SQLITE_OK)
        return Error{sqlite3_errmsg(database_)};
    select.bind(1, environment_);
    int code;
    while ((code = select.step()) == SQLITE_ROW)
        entries_.emplace(select.text(0), Entry{select.text(1), select.number(2)});
    if (code != SQLITE_DONE)
        return Error{sqlite3_errmsg(database_)};
    return ok_status();
}

Result<std::unique_ptr<ResultCache>> ResultCache::open(const std::string& path,
                                                       const std::string& environment,
                                                       const std::string& key, std::string& note) {
    if (Status allowed = check_path(path); !allowed)
        return allowed.error();
    std::error_code ec;
    const std::filesystem::path folder = std::filesystem::path(path).parent_path();
    // (Another run may make the folder at the same moment: what counts is that it is there.)
    if (!folder.empty() && !std::filesystem::is_directory(folder, ec) &&
        !std::filesystem::create_directories(folder, ec) &&
        !std::filesystem::is_directory(folder, ec))
        return Error{"cannot create " + folder.string() + ": " + ec.message()};

    for (int attempt = 0; attempt < 2; ++attempt) {
        sqlite3* database = nullptr;
        const int opened = sqlite3_open_v2(path.c_str(), &database,
                                           SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
        if (opened != SQLITE_OK) {
            std::string message = database ? sqlite3_errmsg(database) : "out of memory";
            sqlite3_close_v2(database);
            return Error{"cannot open " + path + ": " + message};
        }
        sqlite3_busy_timeout(database, 10000);
        std::unique_ptr<ResultCache> cache(new ResultCache(database, environment, key));
        std::optional<StepError> failure = prepare_schema(database);
        if (!failure) {
            if (Status loaded = cache->load_entries(); !loaded)
                failure = StepError{loaded.error().message, true};
        }
        if (!failure)
            return cache;
        if (!failure->damaged || attempt == 1)
            return Error{path + ": " + failure->message};
        // Never trusted, never repaired: thrown away and built again by this run. It is
        // medloc's own (check_path), so nothing else is lost.
        cache.reset();
        remove_database_files(path);
        note = "the result cache " + path + " was damaged (" + failure->message +
               ") and has been discarded";
    }
    return Error{path + ": cannot be rebuilt"};
}

std::optional<FindingList> ResultCache::lookup(const std::string& file,
                                               const std::string& content_hash) const {
    const auto it = entries_.find(file);
    if (it == entries_.end() || it->second.content_hash != content_hash) {
        // A file to check: what it takes must not keep the database read.
        std::lock_guard lock(mutex_);
        end_read();
        return std::nullopt;
    }
    std::string stored_hash;
    std::string findings_bytes;
    std::string mac;
    {
        std::lock_guard lock(mutex_);
        // Prepared once for the run: compiling the SQL of every lookup again cost as much
        // as the rest of a hit.
        if (!lookup_statement_)
            lookup_statement_ = std::make_unique<CacheStatement>(
                database_, "SELECT content_hash, findings, mac FROM results WHERE "
                           "environment = ? AND file = ?");
        CacheStatement& select = *lookup_statement_;
        if (select.prepared() != SQLITE_OK)
            return std::nullopt;
        begin_read();
        select.bind(1, environment_);
        select.bind(2, file);
        const bool found = select.step() == SQLITE_ROW;
        if (found) {
            stored_hash = select.text(0);
            findings_bytes = select.text(1);
            mac = select.text(2);
        }
        select.reset();
        last_read_ = std::chrono::steady_clock::now();
        if (!found || last_read_ - read_began_ > kReadHold)
            end_read();
        if (!found)
            return std::nullopt;
    }
    // A row whose MAC does not match (damaged, or written without the key) is a miss; its
    // file is checked and the row replaced.
    if (stored_hash != content_hash ||
        !equal_in_constant_time(mac, row_mac(file, stored_hash, findings_bytes)))
        return std::nullopt;
    // A row that does not read back (damaged, or written by another version) is a miss:
    // the file is checked again and the row replaced.
    auto findings = FindingList::parse(findings_bytes);
    if (!findings)
        return std::nullopt;
    ++hits_;
    if (it->second.last_used < now_ - kDay) {
        std::lock_guard lock(mutex_);
        used_.push_back(file);
    }
    return findings;
}

void ResultCache::store(const std::string& file, const std::string& content_hash,
                        const FindingList& findings) {
    Pending pending{file, content_hash, findings.serialize(), {}};
    pending.mac = row_mac(file, content_hash, pending.findings_bytes);
    std::lock_guard lock(mutex_);
    pending_bytes_ += pending.findings_bytes.size() + file.size() + 160;
    pending_.push_back(std::move(pending));
    if (pending_bytes_ > kPendingInMemory)
        set_aside();
}

// Rows wait for the commit in a temporary table (SQLite's temporary file, not the cache),
// so that a run of many files does not hold all their findings. When it cannot be written
// (a full disk), they stay in memory.
void ResultCache::set_aside() {
    if (set_aside_failed_)
        return;
    end_read();
    if (!set_aside_table_) {
        if (execute(database_, "CREATE TEMP TABLE pending(file TEXT NOT NULL, content_hash TEXT "
                               "NOT NULL, findings TEXT NOT NULL, mac TEXT NOT NULL)")) {
            set_aside_failed_ = true;
            return;
        }
        set_aside_table_ = true;
    }
    CacheStatement insert(database_, "INSERT INTO temp.pending VALUES(?, ?, ?, ?)");
    if (insert.prepared() != SQLITE_OK || execute(database_, "BEGIN")) {
        set_aside_failed_ = true;
        return;
    }
    for (const Pending& row : pending_) {
        insert.bind(1, row.file);
        insert.bind(2, row.content_hash);
        insert.bind_blob(3, row.findings_bytes);
        insert.bind(4, row.mac);
        if (insert.step() != SQLITE_DONE) {
            sqlite3_exec(database_, "ROLLBACK", nullptr, nullptr, nullptr);
            set_aside_failed_ = true;
            return;
        }
        insert.reset();
    }
    if (execute(database_, "COMMIT")) {
        sqlite3_exec(database_, "ROLLBACK", nullptr, nullptr, nullptr);
        set_aside_failed_ = true;
        return;
    }
    rows_set_aside_ = true;
    pending_.clear();
    pending_bytes_ = 0;
}

Status ResultCache::commit() {
    std::lock_guard lock(mutex_);
    end_read();
    if (pending_.empty() && used_.empty() && !rows_set_aside_)
        return ok_status();
    const auto failed = [&](int code) -> Status {
        std::string message = sqlite3_errmsg(database_);
        sqlite3_exec(database_, "ROLLBACK", nullptr, nullptr, nullptr);
        if ((code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED)
            return ok_status(); // another run holds the cache: these results are not kept
        return Error{"the result cache was not updated: " + message};
    };
    if (int code = sqlite3_exec(database_, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        code != SQLITE_OK)
        return failed(code);
    CacheStatement insert(database_, "INSERT OR REPLACE INTO results VALUES(?, ?, ?, ?, ?, ?)");
    CacheStatement touch(database_,
                         "UPDATE results SET last_used = ? WHERE environment = ? AND file = ?");
    CacheStatement forget(database_, "DELETE FROM results WHERE last_used < ?");
    for (const CacheStatement* statement : {&insert, &touch, &forget})
        if (statement->prepared() != SQLITE_OK)
            return failed(statement->prepared());
    if (rows_set_aside_) {
        CacheStatement set_aside(database_, "INSERT OR REPLACE INTO results SELECT ?, file, "
                                            "content_hash, findings, mac, ? FROM temp.pending");
        if (set_aside.prepared() != SQLITE_OK)
            return failed(set_aside.prepared());
        set_aside.bind(1, environment_);
        set_aside.bind(2, now_);
        if (int code = set_aside.step(); code != SQLITE_DONE)
            return failed(code);
    }
    for (const Pending& row : pending_) {
        insert.bind(1, environment_);
        insert.bind(2, row.file);
        insert.bind(3, row.content_hash);
        insert.bind_blob(4, row.findings_bytes);
        insert.bind(5, row.mac);
        insert.bind(6, now_);
        if (int code = insert.step(); code != SQLITE_DONE)
            return failed(code);
        insert.reset();
    }
    for (const std::string& file : used_) {
        touch.bind(1, now_);
        touch.bind(2, environment_);
        touch.bind(3, file);
        if (int code = touch.step(); code != SQLITE_DONE)
            return failed(code);
        touch.reset();
    }
    // Forgetting reads every row of every environment: done at most once a day, not by
    // every run (a warm run of 10,000 files would spend more on it than on its hits).
    CacheStatement last_forgotten(database_, "SELECT value FROM meta WHERE key = 'forgotten'");
    if (last_forgotten.prepared() != SQLITE_OK)
        return failed(last_forgotten.prepared());
    const int found = last_forgotten.step();
    if (found != SQLITE_ROW && found != SQLITE_DONE)
        return failed(found);
    const long long forgotten_at = found == SQLITE_ROW ? last_forgotten.number(0) : 0;
    last_forgotten.reset();
    if (forgotten_at <= now_ - kDay || forgotten_at > now_) {
        forget.bind(1, now_ - kForgetAfter);
        if (int code = forget.step(); code != SQLITE_DONE)
            return failed(code);
        CacheStatement mark(database_, "INSERT OR REPLACE INTO meta VALUES('forgotten', ?)");
        if (mark.prepared() != SQLITE_OK)
            return failed(mark.prepared());
        mark.bind(1, now_);
        if (int code = mark.step(); code != SQLITE_DONE)
            return failed(code);
    }
    if (int code = sqlite3_exec(database_, "COMMIT", nullptr, nullptr, nullptr); code != SQLITE_OK)
        return failed(code);
    pending_.clear();
    pending_bytes_ = 0;
    used_.clear();
    if (rows_set_aside_ && !execute(database_, "DELETE FROM temp.pending"))
        rows_set_aside_ = false;
    return ok_status();
}

Result<std::string> result_cache_key(const std::string& cache_path) {
    if (const char* from_environment = std::getenv("MEDLOC_CACHE_KEY");
        from_environment != nullptr && *from_environment != '\0') {
        if (std::strlen(from_environment) < kKeyBytes)
            return Error{"MEDLOC_CACHE_KEY is shorter than " + std::to_string(kKeyBytes) +
                         " characters: not a secret key"};
        return std::string(from_environment);
    }
    const std::string key_path = cache_path + ".key";
    const std::string untrusted = "the result cache key " + key_path + " is not trusted: ";
    for (int attempt = 0; attempt < 2; ++attempt) {
        struct stat status {};
        if (::lstat(key_path.c_str(), &status) != 0) {
            if (errno != ENOENT)
                return Error{"cannot read " + key_path + ": " + std::strerror(errno)};
            // A new key, readable by its owner only, written whole beside its name and then
            // linked to it (link() fails when another run linked its own first: that one is
            // read), so that no run ever reads half a key; never replaced.
            std::error_code ec;
            const auto folder = std::filesystem::path(key_path).parent_path();
            if (!folder.empty())
                std::filesystem::create_directories(folder, ec);
            std::string temporary = key_path + ".tmp-XXXXXX";
            const int fd = ::mkstemp(temporary.data()); // mode 0600
            if (fd < 0)
                return Error{"cannot create " + key_path + ": " + std::strerror(errno)};
            const std::string key = random_hex(kKeyBytes);
            const std::string line = key + "\n";
            const bool written =
                ::write(fd, line.data(), line.size()) == static_cast<ssize_t>(line.size()) &&
                ::fsync(fd) == 0;
            ::close(fd);
            const bool linked = written && ::link(temporary.c_str(), key_path.c_str()) == 0;
            const int link_error = errno;
            ::unlink(temporary.c_str());
            if (linked)
                return key;
            if (written && link_error == EEXIST)
                continue;
            return Error{"cannot create " + key_path + ": " +
                         std::strerror(written ? link_error : EIO)};
        }
        if (S_ISLNK(status.st_mode) || !S_ISREG(status.st_mode))
            return Error{untrusted + "it is not a regular file"};
        if (status.st_uid != ::geteuid())
            return Error{untrusted + "it belongs to another user"};
        if ((status.st_mode & 077) != 0)
            return Error{untrusted + "others may read or write it (it must be mode 0600)"};
        auto content = read_regular_file(key_path, 256);
        if (!content)
            return Error{untrusted + content.error().message};
        std::string key = content.value();
        while (!key.empty() && (key.back() == '\n' || key.back() == '\r'))
            key.pop_back();
        if (key.size() != 2 * kKeyBytes ||
            key.find_first_not_of("0123456789abcdef") != std::string::npos)
            return Error{untrusted + "it does not hold a key medloc wrote"};
        return key;
    }
    return Error{"cannot create " + key_path};
}

std::optional<std::string> file_content_hash(const std::string& path, std::uintmax_t max_bytes) {
    auto bytes = read_regular_file(path, max_bytes);
    if (!bytes)
        return std::nullopt;
    return sha256_hex(bytes.value());
}

} // namespace medloc
