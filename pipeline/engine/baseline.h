#pragma once

#include "core/finding.h"
#include "core/result.h"

#include <map>
#include <string>
#include <vector>

namespace medloc {

// A finding's identity across edits: its rule, file, block and flagged text (its message
// when it flags no text), and its rank among findings with the same identity; no line
// or column, so that editing elsewhere in the file keeps it. SHA-256, hex.
std::vector<std::string> finding_fingerprints(const std::vector<Finding>& findings);

// The fingerprints recorded by `medloc baseline write`, with how often each occurs.
struct Baseline {
    std::map<std::string, int> fingerprints;
};

// baseline.json: format, version, tool, and one entry per finding (fingerprint, rule,
// file, block, text) sorted; the same findings always give the same bytes.
std::string baseline_json(const std::vector<Finding>& findings);

// Reads a baseline file; anything that is not one (truncated, edited by hand into
// something else, another tool's file) is an error, never a partial baseline.
Result<Baseline> read_baseline(const std::string& path);

// Tells, of findings that come in report order (sort_findings), those the baseline does not
// account for; it holds the ranks of one file's findings at a time.
class NewFindingFilter {
public:
    explicit NewFindingFilter(const Baseline& baseline) : left_(baseline.fingerprints) {}
    bool is_new(const Finding& finding);

private:
    std::map<std::string, int> left_; // fingerprints not yet matched, with their counts
    std::string file_;
    std::map<std::string, int> seen_; // identities of file_'s findings so far, with counts
};

// The findings, in report order, that the baseline does not account for.
std::vector<Finding> new_findings(const std::vector<Finding>& findings, const Baseline& baseline);

} // namespace medloc
