#pragma once

#include <cstddef>
#include <string_view>

namespace medloc {

inline char ascii_lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// Whether `text` has `prefix` at `position`, optionally without regard to ASCII case
// (other bytes compare exactly: "Heures" matches "heures", "É" does not match "é").
inline bool has_at(std::string_view text, std::size_t position, std::string_view prefix,
                   bool ignore_ascii_case) {
    if (position > text.size() || text.size() - position < prefix.size())
        return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        const char a = text[position + i];
        const char b = prefix[i];
        if (ignore_ascii_case ? ascii_lower(a) != ascii_lower(b) : a != b)
            return false;
    }
    return true;
}

} // namespace medloc
