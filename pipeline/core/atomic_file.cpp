#include "core/atomic_file.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <mutex>
#include <optional>
#include <random>
#include <set>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace medloc {

namespace {

Error errno_error(const std::string& what, const std::string& path) {
    return Error{what + " " + path + ": " + std::strerror(errno)};
}

// Temporary names are ".NAME.tmp-PID-XXXXXX": hidden, and naming the process that made
// them, so that a later run can tell a killed run's leftover from a live run's file.
std::string temporary_prefix(const std::filesystem::path& target) {
    return "." + target.filename().string() + ".tmp-" + std::to_string(::getpid()) + "-";
}

// A name beside the target for its last moment before the rename: random, so that two
// threads never pick the same one (linkat fails on an existing name, and another is drawn).
std::string temporary_name(const std::filesystem::path& directory,
                           const std::filesystem::path& target) {
    static constexpr char kLetters[] =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    thread_local std::mt19937_64 random{std::random_device{}()};
    std::string suffix(6, 'x');
    for (char& c : suffix)
        c = kLetters[random() % (sizeof kLetters - 1)];
    return (directory / (temporary_prefix(target) + suffix)).string();
}

// The process id in a temporary name of this form, or 0.
pid_t temporary_owner(const std::string& name) {
    const auto marker = name.rfind(".tmp-");
    if (!name.starts_with('.') || marker == std::string::npos)
        return 0;
    const std::string_view rest = std::string_view(name).substr(marker + 5);
    const auto dash = rest.find('-');
    if (dash == 0 || dash == std::string_view::npos || rest.size() - dash - 1 != 6 || dash > 9)
        return 0;
    pid_t pid = 0;
    for (const char c : rest.substr(0, dash)) {
        if (c < '0' || c > '9')
            return 0;
        pid = pid * 10 + (c - '0');
    }
    return pid;
}

// Once per directory and process: removes what a killed run left (it can die between
// naming its finished file and renaming it, a window no signal handling closes), that is
// the temporaries whose process is gone. A live run's temporaries are never touched.
void remove_stale_temporaries(const std::filesystem::path& directory) {
    static std::mutex mutex;
    static std::set<std::string> swept;
    const std::lock_guard lock(mutex);
    if (!swept.insert(std::filesystem::absolute(directory).lexically_normal().string()).second)
        return;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(directory, ec)) {
        const pid_t owner = temporary_owner(entry.path().filename().string());
        if (owner > 0 && owner != ::getpid() && ::kill(owner, 0) != 0 && errno == ESRCH)
            std::filesystem::remove(entry.path(), ec);
    }
}

} // namespace

// The file is written unnamed (O_TMPFILE) and gets a name only once it is complete and
// flushed, just before the rename: a run killed while writing leaves nothing behind. Where
// the file system has no unnamed files, it is a hidden named temporary from the start.
Result<std::unique_ptr<AtomicFileWriter>> AtomicFileWriter::create(const std::string& path,
                                                                   unsigned permissions) {
    namespace fs = std::filesystem;
    const fs::path target(path);
    const fs::path directory = target.has_parent_path() ? target.parent_path() : fs::path(".");
    if (std::error_code ec; target.has_parent_path() && !fs::is_directory(directory, ec) &&
                            !fs::create_directories(directory, ec) && ec)
        return Error{"cannot create the folder of " + path + ": " + ec.message()};
    remove_stale_temporaries(directory);
    std::unique_ptr<AtomicFileWriter> writer(new AtomicFileWriter(path, permissions));
    writer->directory_ = directory.string();
    writer->fd_ = ::open(directory.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
    if (writer->fd_ >= 0)
        return writer;
    if (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL)
        return errno_error("cannot create a temporary file for", path);
    std::string pattern = (directory / (temporary_prefix(target) + "XXXXXX")).string();
    writer->fd_ = ::mkstemp(pattern.data());
    if (writer->fd_ < 0)
        return errno_error("cannot create a temporary file for", path);
    writer->temporary_ = std::move(pattern);
    return writer;
}

AtomicFileWriter::~AtomicFileWriter() {
    if (fd_ >= 0)
        ::close(fd_);
    if (!temporary_.empty())
        ::unlink(temporary_.c_str());
}

Status AtomicFileWriter::write(std::string_view content) {
    if (fd_ < 0)
        return Error{"cannot write " + path_ + ": the file is closed"};
    while (!content.empty()) {
        const ssize_t n = ::write(fd_, content.data(), content.size());
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errno_error("cannot write", path_);
        }
        content.remove_prefix(static_cast<std::size_t>(n));
    }
    return ok_status();
}

Status AtomicFileWriter::commit() {
    if (fd_ < 0)
        return Error{"cannot write " + path_ + ": the file is closed"};
    if (::fchmod(fd_, static_cast<mode_t>(permissions_)) != 0 || ::fsync(fd_) != 0)
        return errno_error("cannot write", path_);
    if (temporary_.empty()) { // unnamed: a name beside the target, for the rename
        const std::string self = "/proc/self/fd/" + std::to_string(fd_);
        std::string name;
        int linked = -1;
        for (int attempt = 0; attempt < 16 && linked != 0; ++attempt) {
            name = temporary_name(directory_, path_);
            linked = ::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, name.c_str(), AT_SYMLINK_FOLLOW);
            if (linked != 0 && errno != EEXIST)
                break;
        }
        if (linked != 0)
            return errno_error("cannot name the new", path_);
        temporary_ = std::move(name);
    }
    const int fd = std::exchange(fd_, -1);
    if (::close(fd) != 0)
        return errno_error("cannot write", path_);
    if (std::rename(temporary_.c_str(), path_.c_str()) != 0)
        return errno_error("cannot replace", path_); // the destructor removes the temporary
    temporary_.clear();
    return ok_status();
}

Status write_file_atomically(const std::string& path, std::string_view content,
                             unsigned permissions) {
    auto writer = AtomicFileWriter::create(path, permissions);
    if (!writer)
        return writer.error();
    if (Status written = writer.value()->write(content); !written)
        return written;
    return writer.value()->commit();
}

AtomicFileStream::Buffer::Buffer(std::unique_ptr<AtomicFileWriter> writer)
    : writer_(std::move(writer)), buffer_(1 << 16) {
    setp(buffer_.data(), buffer_.data() + buffer_.size());
}

bool AtomicFileStream::Buffer::drain() {
    if (!status_)
        return false;
    const std::size_t pending = static_cast<std::size_t>(pptr() - pbase());
    status_ = writer_->write(std::string_view(pbase(), pending));
    setp(buffer_.data(), buffer_.data() + buffer_.size());
    return status_.ok();
}

AtomicFileStream::Buffer::int_type AtomicFileStream::Buffer::overflow(int_type c) {
    if (!drain())
        return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
        *pptr() = traits_type::to_char_type(c);
        pbump(1);
    }
    return traits_type::not_eof(c);
}

int AtomicFileStream::Buffer::sync() {
    return drain() ? 0 : -1;
}

Status AtomicFileStream::Buffer::commit() {
    if (!drain())
        return status_;
    return writer_->commit();
}

AtomicFileStream::AtomicFileStream(std::unique_ptr<AtomicFileWriter> writer)
    : std::ostream(nullptr), buffer_(std::move(writer)) {
    rdbuf(&buffer_);
}

Status AtomicFileStream::commit() {
    Status committed = buffer_.commit();
    if (committed && !*this) // a failure that is not the file's (out of memory)
        return Error{"cannot write " + buffer_.path() + ": the report is incomplete"};
    return committed;
}

} // namespace medloc
