#pragma once

#include "core/result.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace medloc {

// Reads a whole file that medloc did not write and must not wait on: only a regular file is
// opened for reading (a FIFO, a socket or a device named like an input would block the run or
// have effects, a directory has no bytes), and at most `max_bytes` of it. Errors name the
// cause ("not a regular file: it is a FIFO", "file is too large: … (LIMIT_NAME)"), without
// the path: callers say which file.
Result<std::string> read_regular_file(const std::string& path, std::uintmax_t max_bytes,
                                      std::string_view limit_name = {});

// An open file descriptor, closed with its owner.
class FileDescriptor {
public:
    explicit FileDescriptor(int fd = -1) : fd_(fd) {}
    ~FileDescriptor();
    FileDescriptor(FileDescriptor&& other) noexcept : fd_(other.release()) {}
    FileDescriptor& operator=(FileDescriptor&& other) noexcept;
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;

    int get() const { return fd_; }
    int release() {
        const int fd = fd_;
        fd_ = -1;
        return fd;
    }

private:
    int fd_;
};

// The first `count` bytes of a regular file (fewer when it is shorter).
Result<std::string> read_regular_file_prefix(const std::string& path, std::size_t count);

// Opens a regular file for reading, and nothing else (see read_regular_file).
Result<FileDescriptor> open_regular_file(const std::string& path);

// "a FIFO", "a socket", "a character device"... for a stat mode that is not a regular file.
std::string describe_file_type(unsigned mode);

} // namespace medloc
