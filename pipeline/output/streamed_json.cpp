#include "output/streamed_json.h"

#include <nlohmann/json.hpp>

namespace medloc {

namespace {

using Json = nlohmann::ordered_json;

std::string dumped(const Json& value) {
    // Invalid UTF-8 never reaches here (files are checked first); replace rather than throw.
    return value.dump(2, ' ', false, Json::error_handler_t::replace);
}

std::string dumped_marker(const std::string& placeholder) {
    return dumped(Json(placeholder));
}

} // namespace

std::size_t StreamedJsonArray::marker_at(std::string_view text) const {
    return text.find(dumped_marker(placeholder_));
}

void StreamedJsonArray::begin(std::ostream& out, const Json& head) {
    const std::string text = dumped(head);
    const std::size_t at = marker_at(text);
    const std::size_t line_start = text.rfind('\n', at) + 1;
    indent_ = text.find_first_not_of(' ', line_start) - line_start;
    count_ = 0;
    tail_ = text.substr(at + dumped_marker(placeholder_).size());
    out << std::string_view(text).substr(0, at);
}

void StreamedJsonArray::add(std::ostream& out, const Json& item) {
    // The item's lines, each indented two more than the member holding the array.
    const std::string lines = dumped(item);
    std::string indented;
    indented.reserve(lines.size() + lines.size() / 8 + indent_ + 4);
    open_item(indented);
    for (const char c : lines) {
        indented += c;
        if (c == '\n')
            indented.append(indent_ + 2, ' ');
    }
    out << indented;
}

void StreamedJsonArray::open_item(std::string& out) {
    out += count_ == 0 ? "[\n" : ",\n";
    out.append(indent_ + 2, ' ');
    ++count_;
}

void StreamedJsonArray::close(std::ostream& out) {
    if (count_ == 0)
        out << "[]";
    else
        out << '\n' << std::string(indent_, ' ') << ']';
}

void StreamedJsonArray::end(std::ostream& out) {
    close(out);
    out << tail_ << '\n';
}

void StreamedJsonArray::end(std::ostream& out, const Json& whole) {
    close(out);
    const std::string text = dumped(whole);
    out << std::string_view(text).substr(marker_at(text) + dumped_marker(placeholder_).size())
        << '\n';
}

} // namespace medloc
