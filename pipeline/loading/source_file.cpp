#include "loading/source_file.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace medloc {

namespace fs = std::filesystem;

std::shared_ptr<const SourceFile> make_source_file(std::string path, std::string content) {
    auto file = std::make_shared<SourceFile>();
    file->path = std::move(path);
    file->content = std::move(content);
    // The index views the content owned by the same object, so build it last.
    file->lines = LineIndex(file->content);
    return file;
}

Result<std::shared_ptr<const SourceFile>> read_source_file(const std::string& path,
                                                           const ReadLimits& limits) {
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec)
        return Error{"cannot read file: " + ec.message()};
    if (fs::is_directory(status))
        return Error{"cannot read file: it is a directory"};
    const std::uintmax_t size = fs::file_size(path, ec);
    if (!ec && size > limits.max_bytes) {
        return Error{"file is too large: " + std::to_string(size) + " bytes, the limit is " +
                     std::to_string(limits.max_bytes) + " (limits.max-file-size)"};
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        const int error_number = errno;
        return Error{std::string("cannot read file: ") + std::strerror(error_number)};
    }
    std::string content;
    content.reserve(static_cast<std::size_t>(ec ? 0 : size));
    char buffer[1 << 16];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        content.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (content.size() > limits.max_bytes)
            return Error{"file is too large: more than " + std::to_string(limits.max_bytes) +
                         " bytes (limits.max-file-size)"};
    }
    if (in.bad())
        return Error{"cannot read file: read error"};
    return make_source_file(path, std::move(content));
}

} // namespace medloc
