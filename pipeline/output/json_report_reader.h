#pragma once

#include "core/finding.h"
#include "core/result.h"

#include <string>
#include <vector>

namespace medloc {

// A report read back from medloc's JSON output (docs/formats/json.md).
struct ReadReport {
    std::vector<Finding> findings;
    std::vector<std::string> checked_files;
    int files = 0;
};

// Reads what JsonFormatter wrote; anything else (another tool's JSON, a truncated file,
// a field of the wrong type) is an error that says what is wrong.
Result<ReadReport> read_json_report(const std::string& text, const std::string& name);

} // namespace medloc
