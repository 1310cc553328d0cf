#include "text/text_file_check.h"

#include "text/utf8.h"

#include <algorithm>
#include <cstdio>

namespace medloc {

namespace {

int line_at(std::string_view content, std::size_t offset) {
    return 1 + static_cast<int>(
                   std::count(content.begin(), content.begin() + static_cast<long>(offset), '\n'));
}

} // namespace

std::optional<TextFileProblem> first_text_file_problem(std::string_view content) {
    const auto invalid = utf8::first_invalid(content);
    const std::string_view valid = content.substr(0, invalid.value_or(content.size()));
    const auto control = std::find_if(valid.begin(), valid.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return (byte < 0x20 && c != '\t' && c != '\r' && c != '\n') || byte == 0x7F;
    });
    if (control != valid.end()) {
        char code[8];
        std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned char>(*control));
        return TextFileProblem{line_at(content, static_cast<std::size_t>(control - valid.begin())),
                               std::string("control character ") + code +
                                   ": not a text file, or a damaged one"};
    }
    if (invalid)
        return TextFileProblem{line_at(content, *invalid), "not valid UTF-8"};
    return std::nullopt;
}

} // namespace medloc
