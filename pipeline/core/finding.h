#pragma once

#include "core/severity.h"

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
