#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace medloc {

// What makes a line-based text file (a word list, medloc.ini) unreadable as text.
struct TextFileProblem {
    int line = 0; // 1-based
    std::string reason;
};

// The first line holding bytes that are not UTF-8 or a control character other than tab
// and carriage return: a NUL or a stray control byte says the file is binary or damaged,
// and reading on would turn it into words or settings nobody wrote.
std::optional<TextFileProblem> first_text_file_problem(std::string_view content);

} // namespace medloc
