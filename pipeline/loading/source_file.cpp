#include "loading/source_file.h"

#include "core/file_read.h"

namespace medloc {

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
    auto content = read_regular_file(path, limits.max_bytes, "limits.max-file-size");
    if (!content)
        return content.error();
    return make_source_file(path, std::move(content).value());
}

} // namespace medloc
