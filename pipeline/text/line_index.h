#pragma once

#include "core/finding.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace medloc {

// Maps byte offsets of a UTF-8 file to 1-based line and column. Line breaks are LF,
// CR LF and a lone CR (as XML normalises them); columns count code points; a leading
// byte order mark is not counted.
class LineIndex {
public:
    LineIndex() : LineIndex(std::string_view()) {}
    explicit LineIndex(std::string_view content);

    SourcePosition position(std::size_t byte_offset) const;

    // The text of a 1-based line, without its line break.
    std::string_view line_text(int line) const;

    int line_count() const { return static_cast<int>(line_starts_.size()); }

private:
    // Code points before `byte_offset`, from the start of the content.
    std::size_t code_points_before(std::size_t byte_offset) const;

    std::string_view content_;
    std::vector<std::size_t> line_starts_;
    // Code points before every kCheckpointBytes-th byte: a column is a difference of two
    // counts, each finished over fewer than kCheckpointBytes bytes, so that positions on
    // one very long line cost no more than on short ones.
    static constexpr std::size_t kCheckpointBytes = 256;
    std::vector<std::size_t> checkpoints_;
    std::size_t bom_length_ = 0;
};

} // namespace medloc
