#pragma once

#include <cstddef>
#include <string_view>

namespace medloc {

// The spaces written between the parts of a written number or quantity ("2 000", "5 mg",
// "2 à 3"): space, no-break space U+00A0, narrow no-break space U+202F, thin space U+2009.
// Whether one starts at `position`; its length in bytes in `length`.
inline bool is_space_at(std::string_view text, std::size_t position, std::size_t& length) {
    if (position < text.size() && text[position] == ' ') {
        length = 1;
        return true;
    }
    for (std::string_view space : {"\u00A0", "\u202F", "\u2009"}) {
        if (text.substr(position, space.size()) == space) {
            length = space.size();
            return true;
        }
    }
    return false;
}

// `text` without those spaces at either end.
inline std::string_view trim_spaces(std::string_view text) {
    std::size_t length = 0;
    while (!text.empty() && is_space_at(text, 0, length))
        text.remove_prefix(length);
    while (!text.empty()) {
        bool trimmed = false;
        for (std::size_t size : {std::size_t{1}, std::size_t{2}, std::size_t{3}}) {
            if (text.size() >= size && is_space_at(text, text.size() - size, length) &&
                length == size) {
                text.remove_suffix(size);
                trimmed = true;
                break;
            }
        }
        if (!trimmed)
            break;
    }
    return text;
}

} // namespace medloc
