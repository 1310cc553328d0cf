#include "core/atomic_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

namespace medloc {

namespace {

Error errno_error(const std::string& what, const std::string& path) {
    return Error{what + " " + path + ": " + std::strerror(errno)};
}

} // namespace

Status write_file_atomically(const std::string& path, std::string_view content) {
    namespace fs = std::filesystem;
    const fs::path target(path);
    const fs::path directory = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::string pattern = (directory / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
    const int fd = ::mkstemp(pattern.data());
    if (fd < 0)
        return errno_error("cannot create a temporary file for", path);
    const auto fail = [&](const std::string& what) {
        Error error = errno_error(what, path);
        ::close(fd);
        ::unlink(pattern.c_str());
        return error;
    };
    std::size_t written = 0;
    while (written < content.size()) {
        const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return fail("cannot write");
        }
        written += static_cast<std::size_t>(n);
    }
    if (::fchmod(fd, 0644) != 0 || ::fsync(fd) != 0)
        return fail("cannot write");
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
