#pragma once

#include "core/severity.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace medloc {

// 1-based line and column; the column counts Unicode code points, a UTF-8 byte order
// mark is not counted, and 0 means "unknown" (for example a file that cannot be read).
struct SourcePosition {
    int line = 0;
    int column = 0;

    friend bool operator==(const SourcePosition&, const SourcePosition&) = default;
};

// A mechanical edit that resolves a finding: the `length` bytes of the file at `offset`
// become `replacement`. Rules attach one only where the change cannot alter the meaning
// (typography), and only where the flagged text is exactly the file's bytes there (no
// reference, markup or collapsed line break inside). Spelling or terminology suggestions
// are never fixes: in medical text the first suggestion can change what a sentence says.
struct Fix {
    std::size_t offset = 0;
    std::size_t length = 0;
    std::string replacement;
    SourcePosition start; // the position of `offset`
    int end_column = 0;   // one past the last replaced code point, on start.line

    friend bool operator==(const Fix&, const Fix&) = default;
};

// A named argument of a catalogue message (language/messages.h): text, a number that
// plural rules read, or a list of texts that the message quotes one by one in the way of
// its language ('a', 'b' in English, « a », « b » in French; `text` is unused then).
struct MessageArgument {
    std::string name;
    std::string text;
    bool is_number = false;
    bool is_list = false;
    std::vector<std::string> items = {};

    friend bool operator==(const MessageArgument&, const MessageArgument&) = default;
};

// The one record every check produces and every output format shows.
struct Finding {
    std::string rule_id;
    Severity severity = Severity::error;
    std::string file;
    SourcePosition position;
    std::string document_id;
    std::string block_id;
    std::string locale;
    std::string message;
    std::string flagged_text;
    std::vector<std::string> suggestions;
    std::optional<Fix> fix; // set by mechanical rules only (see Fix)
    // When the message comes from the catalogue: its id and arguments, so that output in
    // the reader's language says the same thing (`message` is the English text).
    std::string message_id;
    std::vector<MessageArgument> message_arguments;
};

// Report order: file, line, column, rule id, message.
bool reported_before(const Finding& a, const Finding& b);

void sort_findings(std::vector<Finding>& findings);

struct FindingCounts {
    int errors = 0;
    int warnings = 0;
    int infos = 0;
};

FindingCounts count_by_severity(const std::vector<Finding>& findings);

} // namespace medloc
