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
    LineIndex() = default;
    explicit LineIndex(std::string_view content);

    SourcePosition position(std::size_t byte_offset) const;

    // The text of a 1-based line, without its line break.
    std::string_view line_text(int line) const;

    int line_count() const { return static_cast<int>(line_starts_.size()); }

private:
    std::string_view content_;
    std::vector<std::size_t> line_starts_;
    std::size_t bom_length_ = 0;
};

} // namespace medloc
