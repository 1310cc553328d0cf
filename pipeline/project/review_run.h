#pragma once

#include "core/finding.h"
#include "core/result.h"
#include "engine/result_cache.h"
#include "project/project.h"
#include "report/html_report.h"

#include <string>
#include <vector>

namespace medloc {

struct ReviewRequest {
    ResultCache* cache = nullptr; // the project's result cache, when the command uses one
    // Git history is searched for the approved text of at most this many stale articles.
    int history_searches = 50;
};

struct ReviewRun {
    ReviewReport report;
    FindingCounts counts; // of the findings on the articles and their translations
};

// Checks the project's articles and their XLIFF files (the request's locales and their
// fallbacks) and gathers what the review page shows: findings beside their sentences,
// coverage and publishing per locale, what changed since each approval, the terms in use.
// Loading problems are findings on the page. An Error is a failed run or a configuration
// error.
[[nodiscard]] Result<ReviewRun> build_review_report(const Project& project,
                                                    const ReviewRequest& request);

// Writes the page as medloc-report.html in `folder` (created if needed), atomically;
// returns its path.
[[nodiscard]] Result<std::string> write_review_page(const std::string& folder,
                                                    const ReviewReport& report);

// The line `medloc report` prints once the page is written: its path, the articles and the
// findings by severity.
[[nodiscard]] std::string review_summary(const ReviewRun& run, const std::string& page);

} // namespace medloc
