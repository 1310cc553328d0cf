#include "output/streamed_json.h"

#include <string>

namespace medloc {

namespace {

using Json = nlohmann::ordered_json;

std::string dumped(const Json& value) {
    // Invalid UTF-8 never reaches here (files are checked first); replace rather than throw.
    return value.dump(2, ' ', false, Json::error_handler_t::replace);
}

} // namespace

void write_with_streamed_array(std::ostream& out, const Json& skeleton,
                               std::string_view placeholder, std::size_t count,
                               const std::function<Json(std::size_t)>& item) {
    const std::string text = dumped(skeleton);
    const std::string marker = dumped(Json(std::string(placeholder)));
    const std::size_t at = text.find(marker);
    const std::size_t line_start = text.rfind('\n', at) + 1;
    const std::size_t indent = text.find_first_not_of(' ', line_start) - line_start;
    out << std::string_view(text).substr(0, at);
    if (count == 0) {
        out << "[]";
    } else {
        const std::string item_indent(indent + 2, ' ');
        out << "[\n";
        for (std::size_t i = 0; i < count; ++i) {
            std::string lines = dumped(item(i));
            out << item_indent;
            for (const char c : lines) {
                out << c;
                if (c == '\n')
                    out << item_indent;
            }
            out << (i + 1 < count ? ",\n" : "\n");
        }
        out << std::string(indent, ' ') << ']';
    }
    out << std::string_view(text).substr(at + marker.size()) << '\n';
}

} // namespace medloc
