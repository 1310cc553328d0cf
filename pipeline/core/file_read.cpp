#include "core/file_read.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <limits>
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

namespace {

// open_regular_file, with the size of what was opened.
Result<FileDescriptor> open_regular_file_sized(const std::string& path, std::uintmax_t& size) {
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
    size = static_cast<std::uintmax_t>(opened.st_size);
    return file;
}

} // namespace

Result<FileDescriptor> open_regular_file(const std::string& path) {
    std::uintmax_t size = 0;
    return open_regular_file_sized(path, size);
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
    std::uintmax_t size = 0;
    auto opened_file = open_regular_file_sized(path, size);
    if (!opened_file)
        return opened_file.error();
    const FileDescriptor file = std::move(opened_file).value();
    if (size > max_bytes)
        return Error{"file is too large: " + std::to_string(size) + " bytes, the limit is " +
                     std::to_string(max_bytes) + limit_note(limit_name)};
    // Read straight into the string: the size it had when opened and one byte more, so
    // that a file of unchanged size is read by one call and its end seen by the next.
    std::string content;
    std::size_t filled = 0;
    content.resize(static_cast<std::size_t>(size) + 1);
    for (;;) {
        if (filled == content.size()) {
            // A file that grows while it is read is held to the same limit.
            if (filled > max_bytes)
                return Error{"file is too large: more than " + std::to_string(max_bytes) +
                             " bytes" + limit_note(limit_name)};
            // Up to one byte past the limit, which tells a file over it.
            const std::uintmax_t most =
                max_bytes < std::numeric_limits<std::size_t>::max() - 1 ? max_bytes + 1 : max_bytes;
            content.resize(static_cast<std::size_t>(
                std::min<std::uintmax_t>(std::uintmax_t{2} * filled + 4096, most)));
        }
        const ssize_t n = ::read(file.get(), content.data() + filled, content.size() - filled);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return Error{std::string("cannot read file: ") + std::strerror(errno)};
        if (n == 0)
            break;
        filled += static_cast<std::size_t>(n);
    }
    if (filled > max_bytes)
        return Error{"file is too large: more than " + std::to_string(max_bytes) + " bytes" +
                     limit_note(limit_name)};
    content.resize(filled);
    return content;
}

} // namespace medloc
