#pragma once

#include "core/result.h"
#include "text/line_index.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

namespace medloc {

// A file's bytes as read from disk, with its line index. Shared by everything that
// reports positions in it; the path is kept as the user gave it so output paths match.
struct SourceFile {
    std::string path;
    std::string content;
    LineIndex lines;

    SourcePosition position(std::size_t byte_offset) const { return lines.position(byte_offset); }
};

struct ReadLimits {
    std::uintmax_t max_bytes = 64u * 1024u * 1024u;
};

// Reads a whole file. Errors (missing, unreadable, a directory, a FIFO, socket or device,
// larger than the limit) come back as values with a message that names the cause; nothing
// but a regular file is ever opened for reading (core/file_read).
Result<std::shared_ptr<const SourceFile>> read_source_file(const std::string& path,
                                                           const ReadLimits& limits);

std::shared_ptr<const SourceFile> make_source_file(std::string path, std::string content);

} // namespace medloc
