#pragma once

#include "core/finding.h"
#include "engine/baseline.h"
#include "engine/file_checker.h"

#include <cstddef>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace medloc {

// Where the findings of a report go, in report order, a group at a time: a group never mixes
// two files, and one file's findings may come in several groups.
using ReportSink = std::function<void(std::span<const Finding>)>;

// The findings of a run in report order (sort_findings: file, line, column, rule, message)
// without holding them: files come one at a time in path order, each file's findings are
// sorted on their own and merged with the findings known before the run (the termbase's,
// standard input's), then what a baseline records is dropped. The sink receives the same
// findings in the same order as sorting every finding of the run at once, as soon as a
// file is done, because every finding names the file it was found in and the paths are
// in order: nothing of a later file can come before them.
class ReportOrder {
public:
    // `known`: findings that are not the checked files' (their order among equal findings
    // is kept); `baseline`: when given, only the findings it does not record are reported.
    ReportOrder(std::vector<Finding> known, const Baseline* baseline, ReportSink sink);

    // The findings of the next file; paths come in strictly ascending order. A path out of
    // order, or a finding that names another file, is an internal error (std::logic_error).
    void add_file(const std::string& path, const FindingList& findings);
    // After the last file: the known findings left.
    void finish();

private:
    // Hands on the known findings before `finding` (all of them for nullptr), then it.
    void emit_known_before(const Finding* finding);
    void emit(Finding finding);
    void flush();

    std::vector<Finding> known_;
    std::size_t next_known_ = 0;
    std::optional<NewFindingFilter> filter_;
    ReportSink sink_;
    std::string last_path_;
    bool any_path_ = false;
    // Findings of one file waiting for the next file's, or for the group to be full: a big
    // file's findings go to the sink a group at a time.
    std::vector<Finding> group_;
};

// What a check has to report besides the findings of its files.
struct ReportExtras {
    std::vector<Finding> known; // standard input's then the termbase's, severities applied
    // Standard input's configuration errors: then nothing is reported.
    std::vector<std::string> configuration_errors;
    const Baseline* baseline = nullptr;
};

struct [[nodiscard]] ReportedRun {
    // The files' (each once, in file order), then the extras'; when there are any, the sink
    // received nothing after the file that had the first.
    std::vector<std::string> configuration_errors;
    // The run itself failed (as RunResult::failure): the sink received part of the report.
    std::optional<std::string> failure;
};

// check_files, with the report handed to `sink` as it comes (ReportOrder): memory is bounded
// by the jobs and the largest file, not by the number of files. `paths` sorted, unique.
ReportedRun check_in_report_order(const std::vector<std::string>& paths, const FileChecker& checker,
                                  int jobs, ReportExtras extras, const ReportSink& sink,
                                  const std::function<void(std::size_t done)>& progress = {},
                                  ResultCache* cache = nullptr);

} // namespace medloc
