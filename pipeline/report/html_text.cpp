#include "report/html_text.h"

#include "core/markup_escape.h"

namespace medloc {

std::string escape_html(std::string_view text) {
    return escape_markup(text);
}

std::string escape_html_showing_spaces(std::string_view text, std::string_view name) {
    std::string out;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t nbsp = text.find("\u00a0", start);
        const std::size_t narrow = text.find("\u202f", start);
        const std::size_t at = std::min(nbsp, narrow);
        out += escape_html(text.substr(start, at == std::string_view::npos ? at : at - start));
        if (at == std::string_view::npos)
            break;
        out += "<span class=\"space\" title=\"" + escape_html(name) + "\">\u237d</span>";
        start = at + (at == nbsp ? 2 : 3);
    }
    return out;
}

std::string fill(std::string_view pattern, std::string_view key, std::string_view value) {
    std::string out(pattern);
    const std::string marker = "{" + std::string(key) + "}";
    for (std::size_t at = out.find(marker); at != std::string::npos;
         at = out.find(marker, at + value.size()))
        out.replace(at, marker.size(), value);
    return out;
}

} // namespace medloc
