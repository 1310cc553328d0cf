#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace medloc {

struct EncodingProblem {
    std::size_t offset = 0;
    std::string message;
};

// medloc reads UTF-8 only: finds UTF-16 or UTF-32 byte order marks, NUL bytes (binary
// files), malformed UTF-8 and an XML declaration that names another encoding.
std::optional<EncodingProblem> find_encoding_problem(std::string_view content);

// The encoding an XML declaration names ("windows-1252"), or nullopt when there is none.
std::optional<std::string> declared_encoding(std::string_view content);

// Converts text in a declared legacy encoding to UTF-8 (ICU converters). Line and column
// positions stay the same, since they count characters. Errors name the encoding.
struct [[nodiscard]] ConvertedText {
    std::string text;
    std::string error; // empty on success
};
ConvertedText convert_to_utf8(std::string_view content, const std::string& encoding);

} // namespace medloc
