#pragma once

// What the fuzz targets share: properties that stop the run when they do not hold (the
// fuzzer then keeps the input as a crash), and inputs handed to path-based readers.

#include "core/finding.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace medloc::fuzz {

// Aborts with `what` when `condition` is false: a broken property is a crash to libFuzzer.
void require(bool condition, std::string_view what);

// A finding's line and column lie inside `content` (line 0 means "no position").
void require_inside(const std::string& content, const SourcePosition& position,
                    std::string_view what);

// The input as a file that path-based readers open: an anonymous memory file, named by
// /proc/self/fd/N, closed when this object goes.
class MemoryFile {
public:
    MemoryFile(const std::uint8_t* data, std::size_t size);
    ~MemoryFile();
    MemoryFile(const MemoryFile&) = delete;
    MemoryFile& operator=(const MemoryFile&) = delete;

    const std::string& path() const { return path_; }

private:
    int descriptor_ = -1;
    std::string path_;
};

// The repository's schemas folder and fixtures, as the build names them.
std::string source_dir();

} // namespace medloc::fuzz
