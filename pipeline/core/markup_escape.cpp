#include "core/markup_escape.h"

namespace medloc {

std::string escape_markup(std::string_view text, std::string_view specials) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        if (specials.find(c) == std::string_view::npos) {
            out += c;
            continue;
        }
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string escape_attribute(std::string_view text) {
    return escape_markup(text, "&<>\"");
}

} // namespace medloc
