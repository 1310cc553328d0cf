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

} // namespace medloc
