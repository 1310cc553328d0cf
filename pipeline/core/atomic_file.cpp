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

namespace medloc {

namespace {

Error errno_error(const std::string& what, const std::string& path) {
    return Error{what + " " + path + ": " + std::strerror(errno)};
}

Status write_all(int fd, std::string_view content, unsigned permissions) {
    std::size_t written = 0;
    while (written < content.size()) {
        const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return Error{std::strerror(errno)};
        }
        written += static_cast<std::size_t>(n);
    }
    if (::fchmod(fd, static_cast<mode_t>(permissions)) != 0 || ::fsync(fd) != 0)
        return Error{std::strerror(errno)};
    return ok_status();
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

// The content written to an unnamed file (O_TMPFILE) that gets a name only once it is
// complete and flushed, just before the rename: a run killed while writing leaves nothing
// behind. nullopt when the file system has no unnamed files.
std::optional<Status> write_unnamed_then_rename(const std::filesystem::path& directory,
                                                const std::string& path, std::string_view content,
                                                unsigned permissions) {
    const int fd = ::open(directory.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EOPNOTSUPP || errno == EISDIR || errno == EINVAL)
            return std::nullopt;
        return Status(errno_error("cannot create a temporary file for", path));
    }
    if (Status written = write_all(fd, content, permissions); !written) {
        ::close(fd);
        return Status(Error{"cannot write " + path + ": " + written.error().message});
    }
    const std::string self = "/proc/self/fd/" + std::to_string(fd);
    std::string name;
    int linked = -1;
    for (int attempt = 0; attempt < 16 && linked != 0; ++attempt) {
        name = temporary_name(directory, path);
        linked = ::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, name.c_str(), AT_SYMLINK_FOLLOW);
        if (linked != 0 && errno != EEXIST)
            break;
    }
    if (linked != 0) {
        Error error = errno_error("cannot name the new", path);
        ::close(fd);
        return Status(error);
    }
    ::close(fd);
    if (std::rename(name.c_str(), path.c_str()) != 0) {
        Error error = errno_error("cannot replace", path);
        ::unlink(name.c_str());
        return Status(error);
    }
    return ok_status();
}

} // namespace

Status write_file_atomically(const std::string& path, std::string_view content,
                             unsigned permissions) {
    namespace fs = std::filesystem;
    const fs::path target(path);
    const fs::path directory = target.has_parent_path() ? target.parent_path() : fs::path(".");
    if (std::error_code ec; target.has_parent_path() && !fs::is_directory(directory, ec) &&
                            !fs::create_directories(directory, ec) && ec)
        return Error{"cannot create the folder of " + path + ": " + ec.message()};
    remove_stale_temporaries(directory);
    if (auto done = write_unnamed_then_rename(directory, path, content, permissions))
        return *done;

    std::string pattern = (directory / (temporary_prefix(target) + "XXXXXX")).string();
    const int fd = ::mkstemp(pattern.data());
    if (fd < 0)
        return errno_error("cannot create a temporary file for", path);
    if (Status written = write_all(fd, content, permissions); !written) {
        ::close(fd);
        ::unlink(pattern.c_str());
        return Error{"cannot write " + path + ": " + written.error().message};
    }
    if (::close(fd) != 0) {
        Error error = errno_error("cannot write", path);
        ::unlink(pattern.c_str());
        return error;
    }
    if (std::rename(pattern.c_str(), path.c_str()) != 0) {
        Error error = errno_error("cannot replace", path);
        ::unlink(pattern.c_str());
        return error;
    }
    return ok_status();
}

} // namespace medloc
