#include "fuzz_support.h"

#include "text/line_index.h"

#include <cstdio>
#include <cstdlib>
#include <sys/mman.h>
#include <unistd.h>

namespace medloc::fuzz {

void require(bool condition, std::string_view what) {
    if (condition)
        return;
    std::fprintf(stderr, "property broken: %.*s\n", static_cast<int>(what.size()), what.data());
    std::abort();
}

void require_inside(const std::string& content, const SourcePosition& position,
                    std::string_view what) {
    if (position.line == 0)
        return;
    const LineIndex lines(content);
    require(position.line >= 1 && position.line <= lines.line_count(), what);
    const std::string_view line = lines.line_text(position.line);
    // Columns count code points; one past the last character is where an end is reported.
    require(position.column >= 1 && position.column <= static_cast<int>(line.size()) + 1, what);
}

MemoryFile::MemoryFile(const std::uint8_t* data, std::size_t size) {
    descriptor_ = memfd_create("medloc-fuzz", 0);
    require(descriptor_ >= 0, "memfd_create");
    for (std::size_t written = 0; written < size;) {
        const ssize_t n = ::write(descriptor_, data + written, size - written);
        require(n > 0, "write to the memory file");
        written += static_cast<std::size_t>(n);
    }
    path_ = "/proc/self/fd/" + std::to_string(descriptor_);
}

MemoryFile::~MemoryFile() {
    ::close(descriptor_);
}

std::string source_dir() {
    return MEDLOC_SOURCE_DIR;
}

} // namespace medloc::fuzz
