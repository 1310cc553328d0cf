#include "language/url_ranges.h"

#include <regex>

namespace medloc {

std::vector<TextRange> find_url_ranges(std::string_view text) {
    // ASCII patterns on UTF-8 bytes: bytes of non-ASCII characters never match them.
    static const std::regex pattern(
        R"((?:https?|ftp)://[^\s<>"]+|www\.[^\s<>"]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)"
        R"(|\b[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:fr|com|org|net|int|eu|gov|edu|info|io|be|ch|ca|uk|de|gouv\.fr)\b(?:/[^\s<>"]*)?)");
    std::vector<TextRange> ranges;
    for (auto it = std::cregex_iterator(text.data(), text.data() + text.size(), pattern);
         it != std::cregex_iterator(); ++it) {
        std::size_t begin = static_cast<std::size_t>(it->position());
        std::size_t end = begin + static_cast<std::size_t>(it->length());
        // Sentence punctuation right after a URL is not part of it.
        while (end > begin &&
               std::string_view(".,;:!?)").find(text[end - 1]) != std::string_view::npos)
            --end;
        ranges.emplace_back(begin, end);
    }
    return ranges;
}

bool overlaps(const std::vector<TextRange>& ranges, std::size_t begin, std::size_t end) {
    for (const auto& [first, last] : ranges)
        if (begin < last && first < end)
            return true;
    return false;
}

} // namespace medloc
