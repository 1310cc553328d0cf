#include "core/file_read.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace medloc {

namespace {

std::string limit_note(std::string_view limit_name) {
    return limit_name.empty() ? std::string() : " (" + std::string(limit_name) + ")";
}

Error not_regular(unsigned mode) {
    if (S_ISDIR(mode))
        return Error{"cannot read file: it is a directory"};
    return Error{"not a regular file: it is " + describe_file_type(mode) + ", not read"};
}

} // namespace

std::string describe_file_type(unsigned mode) {
    if (S_ISDIR(mode))
        return "a directory";
    if (S_ISFIFO(mode))
        return "a FIFO";
    if (S_ISSOCK(mode))
        return "a socket";
    if (S_ISCHR(mode))
        return "a character device";
    if (S_ISBLK(mode))
        return "a block device";
    if (S_ISLNK(mode))
        return "a symbolic link";
    if (S_ISREG(mode))
        return "a regular file";
    return "not a file";
}

FileDescriptor::~FileDescriptor() {
    if (fd_ >= 0)
        ::close(fd_);
}

FileDescriptor& FileDescriptor::operator=(FileDescriptor&& other) noexcept {
    if (this != &other) {
        if (fd_ >= 0)
            ::close(fd_);
        fd_ = other.release();
    }
    return *this;
}

Result<FileDescriptor> open_regular_file(const std::string& path) {
    // The type is known before opening (opening a device can have effects), and checked
    // again on what was opened (the name may have been replaced in between); O_NONBLOCK
    // keeps even that open from waiting for a FIFO's writer.
    struct stat before {};
    if (::stat(path.c_str(), &before) != 0)
        return Error{std::string("cannot read file: ") + std::strerror(errno)};
    if (!S_ISREG(before.st_mode))
        return not_regular(before.st_mode);
    FileDescriptor file(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK));
    if (file.get() < 0)
        return Error{std::string("cannot read file: ") + std::strerror(errno)};
    struct stat opened {};
    if (::fstat(file.get(), &opened) != 0)
        return Error{std::string("cannot read file: ") + std::strerror(errno)};
    if (!S_ISREG(opened.st_mode))
        return not_regular(opened.st_mode);
    return file;
}

Result<std::string> read_regular_file_prefix(const std::string& path, std::size_t count) {
    auto opened_file = open_regular_file(path);
    if (!opened_file)
        return opened_file.error();
    const FileDescriptor file = std::move(opened_file).value();
    std::string content(count, '\0');
    std::size_t filled = 0;
    while (filled < count) {
        const ssize_t n = ::read(file.get(), content.data() + filled, count - filled);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return Error{std::string("cannot read file: ") + std::strerror(errno)};
        if (n == 0)
            break;
        filled += static_cast<std::size_t>(n);
    }
    content.resize(filled);
    return content;
}

Result<std::string> read_regular_file(const std::string& path, std::uintmax_t max_bytes,
                                      std::string_view limit_name) {
    auto opened_file = open_regular_file(path);
    if (!opened_file)
        return opened_file.error();
    const FileDescriptor file = std::move(opened_file).value();
    struct stat opened {};
    if (::fstat(file.get(), &opened) != 0)
        return Error{std::string("cannot read file: ") + std::strerror(errno)};
    if (static_cast<std::uintmax_t>(opened.st_size) > max_bytes)
        return Error{"file is too large: " + std::to_string(opened.st_size) +
                     " bytes, the limit is " + std::to_string(max_bytes) + limit_note(limit_name)};
    std::string content;
    content.reserve(static_cast<std::size_t>(
        std::min<std::uintmax_t>(static_cast<std::uintmax_t>(opened.st_size), max_bytes)));
    char buffer[1 << 16];
    for (;;) {
        const ssize_t n = ::read(file.get(), buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return Error{std::string("cannot read file: ") + std::strerror(errno)};
        if (n == 0)
            break;
        // A file that grows while it is read is held to the same limit.
        if (content.size() + static_cast<std::size_t>(n) > max_bytes)
            return Error{"file is too large: more than " + std::to_string(max_bytes) + " bytes" +
                         limit_note(limit_name)};
        content.append(buffer, static_cast<std::size_t>(n));
    }
    return content;
}

} // namespace medloc
