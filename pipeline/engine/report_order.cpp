#include "engine/report_order.h"

#include <algorithm>
#include <cstdint>
#include <stdexcept>
#include <utility>

namespace medloc {

ReportOrder::ReportOrder(std::vector<Finding> known, const Baseline* baseline, ReportSink sink)
    : known_(std::move(known)), sink_(std::move(sink)) {
    sort_findings(known_);
    if (baseline != nullptr)
        filter_.emplace(*baseline);
}

namespace {

// Findings handed to the sink at once: enough to amortise the call, few enough that one big
// file's findings are never all built at the same time.
constexpr std::size_t kGroupSize = 1024;

} // namespace

void ReportOrder::add_file(const std::string& path, const FindingList& findings) {
    if (any_path_ && !(last_path_ < path))
        throw std::logic_error("files out of report order: " + path + " after " + last_path_);
    last_path_ = path;
    any_path_ = true;
    const std::vector<std::uint32_t> order = findings.report_order();
    for (const std::uint32_t index : order) {
        Finding finding = findings.at(index);
        if (finding.file != path)
            throw std::logic_error("a finding of " + path + " names " + finding.file);
        // On a tie the checked file's finding goes first, as a stable sort of the run's
        // findings followed by the known ones would have it.
        emit_known_before(&finding);
        emit(std::move(finding));
    }
    // The known findings of this file and of those before it: nothing later precedes them.
    while (next_known_ < known_.size() && !(path < known_[next_known_].file))
        emit(std::move(known_[next_known_++]));
    flush();
}

void ReportOrder::finish() {
    emit_known_before(nullptr);
    flush();
}

void ReportOrder::emit_known_before(const Finding* finding) {
    while (next_known_ < known_.size() &&
           (finding == nullptr || reported_before(known_[next_known_], *finding)))
        emit(std::move(known_[next_known_++]));
}

void ReportOrder::emit(Finding finding) {
    if (filter_ && !filter_->is_new(finding))
        return;
    if (!group_.empty() && (group_.back().file != finding.file || group_.size() >= kGroupSize))
        flush();
    group_.push_back(std::move(finding));
}

void ReportOrder::flush() {
    if (group_.empty())
        return;
    sink_(group_);
    group_.clear();
}

ReportedRun check_in_report_order(const std::vector<std::string>& paths, const FileChecker& checker,
                                  int jobs, ReportExtras extras, const ReportSink& sink,
                                  const std::function<void(std::size_t done)>& progress,
                                  ResultCache* cache) {
    ReportOrder order(std::move(extras.known), extras.baseline, sink);
    ReportedRun run;
    bool reporting = extras.configuration_errors.empty();
    // Results come one at a time, in path order.
    const Status ran = check_files_in_order(
        paths, checker, jobs,
        [&](std::size_t i, FileResult&& file) {
            for (std::string& error : file.configuration_errors)
                if (std::find(run.configuration_errors.begin(), run.configuration_errors.end(),
                              error) == run.configuration_errors.end())
                    run.configuration_errors.push_back(std::move(error));
            // A configuration error means no report: nothing more is written, but the files
            // are still checked, so that every configuration error is told at once.
            reporting = reporting && run.configuration_errors.empty();
            if (reporting)
                order.add_file(paths[i], file.findings);
        },
        progress, cache);
    if (!ran) {
        run.failure = ran.error().message;
        return run;
    }
    run.configuration_errors.insert(run.configuration_errors.end(),
                                    extras.configuration_errors.begin(),
                                    extras.configuration_errors.end());
    if (run.configuration_errors.empty())
        order.finish();
    return run;
}

} // namespace medloc
