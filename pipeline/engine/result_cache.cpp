#include "engine/result_cache.h"

#include "core/finding_json.h"
#include "core/sha256.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sqlite3.h>

namespace medloc {

namespace {

constexpr const char* kFormat = "medloc result cache 1";
constexpr long long kDay = 24 * 60 * 60;
constexpr long long kForgetAfter = 30 * kDay;

using Json = nlohmann::ordered_json;

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

// A prepared statement that finalises itself.
class Statement {
public:
    Statement(sqlite3* database, const char* sql) {
        code_ = sqlite3_prepare_v2(database, sql, -1, &statement_, nullptr);
    }
    ~Statement() { sqlite3_finalize(statement_); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    int prepared() const { return code_; }
    void bind(int index, const std::string& text) {
        sqlite3_bind_text(statement_, index, text.data(), static_cast<int>(text.size()),
                          SQLITE_TRANSIENT);
    }
    void bind(int index, long long number) { sqlite3_bind_int64(statement_, index, number); }
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

std::optional<StepError> execute(sqlite3* database, const char* sql) {
    const int code = sqlite3_exec(database, sql, nullptr, nullptr, nullptr);
    if (code != SQLITE_OK)
        return step_error(database, code);
    return std::nullopt;
}

// The row's checksum binds its findings to its file and content.
std::string row_checksum(const std::string& file, const std::string& content_hash,
                         const std::string& findings_json) {
    return sha256_hex(file + '\0' + content_hash + '\0' + findings_json);
}

long long seconds_now() {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// Creates the tables of a new cache, or checks that an existing one is medloc's, of this
// format, and holds nothing that runs code (the file lies in a content repository).
std::optional<StepError> prepare_schema(sqlite3* database) {
    // No trigger, view or function of the file is trusted to run.
    sqlite3_db_config(database, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(database, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    if (auto error =
            execute(database, "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT "
                              "NOT NULL);"
                              "CREATE TABLE IF NOT EXISTS results(environment TEXT NOT NULL, "
                              "file TEXT NOT NULL, content_hash TEXT NOT NULL, findings TEXT NOT "
                              "NULL, checksum TEXT NOT NULL, last_used INTEGER NOT NULL, "
                              "PRIMARY KEY(environment, file)) WITHOUT ROWID;"))
        return error;
    Statement format(database, "SELECT value FROM meta WHERE key = 'format'");
    if (format.prepared() != SQLITE_OK)
        return step_error(database, format.prepared());
    if (int code = format.step(); code == SQLITE_DONE) {
        Statement insert(database, "INSERT INTO meta VALUES('format', ?)");
        insert.bind(1, std::string(kFormat));
        if (int inserted = insert.step(); inserted != SQLITE_DONE)
            return step_error(database, inserted);
    } else if (code != SQLITE_ROW) {
        return step_error(database, code);
    } else if (format.text(0) != kFormat) {
        return StepError{"not a cache of this medloc version", true};
    }
    Statement code(database, "SELECT count(*) FROM sqlite_master WHERE type IN ('trigger', "
                             "'view')");
    if (code.prepared() != SQLITE_OK)
        return step_error(database, code.prepared());
    if (code.step() != SQLITE_ROW || code.number(0) != 0)
        return StepError{"it holds triggers or views", true};
    return std::nullopt;
}

void remove_database_files(const std::string& path) {
    std::error_code ec;
    for (const char* suffix : {"", "-journal", "-wal", "-shm"})
        std::filesystem::remove(path + suffix, ec);
}

} // namespace

ResultCache::ResultCache(sqlite3* database, std::string environment)
    : database_(database), environment_(std::move(environment)), now_(seconds_now()) {}

ResultCache::~ResultCache() {
    sqlite3_close_v2(database_);
}

Status ResultCache::load_entries() {
    Statement select(database_, "SELECT file, content_hash, findings, checksum, last_used FROM "
                                "results WHERE environment = ?");
    if (select.prepared() != SQLITE_OK)
        return Error{sqlite3_errmsg(database_)};
    select.bind(1, environment_);
    int code;
    while ((code = select.step()) == SQLITE_ROW) {
        Entry entry{select.text(1), select.text(2), select.number(4)};
        std::string file = select.text(0);
        // A damaged row is a miss; its file is checked and the row replaced.
        if (select.text(3) != row_checksum(file, entry.content_hash, entry.findings_json))
            continue;
        entries_.emplace(std::move(file), std::move(entry));
    }
    if (code != SQLITE_DONE)
        return Error{sqlite3_errmsg(database_)};
    return ok_status();
}

Result<std::unique_ptr<ResultCache>>
ResultCache::open(const std::string& path, const std::string& environment, std::string& note) {
    std::error_code ec;
    const std::filesystem::path folder = std::filesystem::path(path).parent_path();
    if (!folder.empty() && !std::filesystem::is_directory(folder, ec) &&
        !std::filesystem::create_directories(folder, ec))
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
        std::unique_ptr<ResultCache> cache(new ResultCache(database, environment));
        std::optional<StepError> failure = prepare_schema(database);
        if (!failure) {
            if (Status loaded = cache->load_entries(); !loaded)
                failure = StepError{loaded.error().message, true};
        }
        if (!failure)
            return cache;
        if (!failure->damaged || attempt == 1)
            return Error{path + ": " + failure->message};
        // Never trusted, never repaired: thrown away and built again by this run.
        cache.reset();
        remove_database_files(path);
        note = "the result cache " + path + " was damaged (" + failure->message +
               ") and has been discarded";
    }
    return Error{path + ": cannot be rebuilt"};
}

std::optional<std::vector<Finding>> ResultCache::lookup(const std::string& file,
                                                        const std::string& content_hash) const {
    const auto it = entries_.find(file);
    if (it == entries_.end() || it->second.content_hash != content_hash)
        return std::nullopt;
    const Json stored = Json::parse(it->second.findings_json, nullptr, false);
    if (!stored.is_array())
        return std::nullopt;
    std::vector<Finding> findings;
    for (const Json& item : stored) {
        auto finding = finding_from_json(item);
        if (!finding)
            return std::nullopt;
        findings.push_back(std::move(finding).value());
    }
    ++hits_;
    if (it->second.last_used < now_ - kDay) {
        std::lock_guard lock(mutex_);
        used_.push_back(file);
    }
    return findings;
}

void ResultCache::store(const std::string& file, const std::string& content_hash,
                        const std::vector<Finding>& findings) {
    Json array = Json::array();
    for (const Finding& finding : findings)
        array.push_back(finding_to_json(finding));
    Pending pending{file, content_hash, array.dump(-1, ' ', false, Json::error_handler_t::replace)};
    std::lock_guard lock(mutex_);
    pending_.push_back(std::move(pending));
}

Status ResultCache::commit() {
    std::lock_guard lock(mutex_);
    if (pending_.empty() && used_.empty())
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
    Statement insert(database_, "INSERT OR REPLACE INTO results VALUES(?, ?, ?, ?, ?, ?)");
    Statement touch(database_,
                    "UPDATE results SET last_used = ? WHERE environment = ? AND file = ?");
    Statement forget(database_, "DELETE FROM results WHERE last_used < ?");
    for (const Statement* statement : {&insert, &touch, &forget})
        if (statement->prepared() != SQLITE_OK)
            return failed(statement->prepared());
    for (const Pending& row : pending_) {
        insert.bind(1, environment_);
        insert.bind(2, row.file);
        insert.bind(3, row.content_hash);
        insert.bind(4, row.findings_json);
        insert.bind(5, row_checksum(row.file, row.content_hash, row.findings_json));
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
    forget.bind(1, now_ - kForgetAfter);
    if (int code = forget.step(); code != SQLITE_DONE)
        return failed(code);
    if (int code = sqlite3_exec(database_, "COMMIT", nullptr, nullptr, nullptr); code != SQLITE_OK)
        return failed(code);
    pending_.clear();
    used_.clear();
    return ok_status();
}

std::optional<std::string> file_content_hash(const std::string& path, std::uintmax_t max_bytes) {
    std::error_code ec;
    const std::uintmax_t size = std::filesystem::file_size(path, ec);
    if (ec || size > max_bytes)
        return std::nullopt;
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return std::nullopt;
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad())
        return std::nullopt;
    return sha256_hex(bytes);
}

} // namespace medloc
