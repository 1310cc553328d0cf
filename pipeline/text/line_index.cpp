#include "text/line_index.h"

#include "text/utf8.h"

#include <algorithm>

namespace medloc {

LineIndex::LineIndex(std::string_view content) : content_(content) {
    if (content.starts_with(utf8::kByteOrderMark))
        bom_length_ = utf8::kByteOrderMark.size();
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < content.size(); ++i) {
        if (content[i] == '\n') {
            line_starts_.push_back(i + 1);
        } else if (content[i] == '\r') {
            if (i + 1 < content.size() && content[i + 1] == '\n')
                ++i;
            line_starts_.push_back(i + 1);
        }
    }
    checkpoints_.reserve(content.size() / kCheckpointBytes + 1);
    std::size_t code_points = 0;
    for (std::size_t i = 0; i <= content.size(); ++i) {
        if (i % kCheckpointBytes == 0)
            checkpoints_.push_back(code_points);
        if (i < content.size())
            code_points += !utf8::is_continuation(static_cast<unsigned char>(content[i]));
    }
}

std::size_t LineIndex::code_points_before(std::size_t byte_offset) const {
    const std::size_t checkpoint = byte_offset / kCheckpointBytes;
    std::size_t count = checkpoints_[checkpoint];
    for (std::size_t i = checkpoint * kCheckpointBytes; i < byte_offset; ++i)
        count += !utf8::is_continuation(static_cast<unsigned char>(content_[i]));
    return count;
}

SourcePosition LineIndex::position(std::size_t byte_offset) const {
    byte_offset = std::min(byte_offset, content_.size());
    // The LF of a CR LF belongs to the line the CR ends: one past its last character.
    if (byte_offset > 0 && byte_offset < content_.size() && content_[byte_offset] == '\n' &&
        content_[byte_offset - 1] == '\r')
        --byte_offset;
    auto after = std::upper_bound(line_starts_.begin(), line_starts_.end(), byte_offset);
    const auto line = static_cast<int>(after - line_starts_.begin());
    std::size_t start = *(after - 1);
    if (line == 1)
        start = std::max(start, std::min(bom_length_, byte_offset));
    const std::size_t column = code_points_before(byte_offset) - code_points_before(start) + 1;
    return {line, static_cast<int>(column)};
}

std::string_view LineIndex::line_text(int line) const {
    if (line < 1 || line > line_count())
        return {};
    std::size_t start = line_starts_[static_cast<std::size_t>(line - 1)];
    if (line == 1)
        start = std::max(start, bom_length_);
    std::size_t end =
        line < line_count() ? line_starts_[static_cast<std::size_t>(line)] : content_.size();
    while (end > start && (content_[end - 1] == '\n' || content_[end - 1] == '\r'))
        --end;
    return content_.substr(start, end - start);
}

} // namespace medloc
