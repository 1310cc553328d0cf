#pragma once

#include "core/finding.h"
#include "project/project.h"
#include "translation/extractor.h"

#include <optional>
#include <string>
#include <vector>

namespace medloc {

// `extract` and `merge` over a project: every source article in each target locale, with
// what happened to each, in article then locale order, for the command to print.

struct LocaleExtraction {
    std::string xliff_path;
    std::optional<ExtractStats> stats; // none: the file could not be written
    std::string error;
};

struct ArticleExtraction {
    std::vector<Finding> problems; // of reading the article
    bool unreadable = false;       // then no locale was extracted
    std::vector<LocaleExtraction> locales;
};

struct [[nodiscard]] ExtractRun {
    std::vector<ArticleExtraction> articles;
    int unreadable = 0;
    int failures = 0; // XLIFF files that could not be written
};

// Writes or updates translations/<locale>/<id>.xlf of every article in every locale of the
// project; `version` is that of new files (none: 2.1).
[[nodiscard]] ExtractRun extract_project(const Project& project,
                                         std::optional<XliffVersion> version);

struct LocaleMerge {
    std::vector<Finding> problems; // of reading the locale's XLIFF file
    std::string output_path;       // paths.localized/<locale>/<id>.xml
    std::string error;             // the merge failed
    bool written = false;
    bool removed_previous = false;    // not written, and an earlier localized version removed
    std::vector<std::string> missing; // when not written: the blocks not approved, and why
};

struct ArticleMerge {
    std::vector<Finding> problems; // of reading the article
    bool unreadable = false;       // then no locale was merged
    std::vector<LocaleMerge> locales;
};

struct [[nodiscard]] MergeRun {
    std::vector<ArticleMerge> articles;
    int merged = 0;
    int incomplete = 0; // unreadable articles and localized articles not written
    int failed = 0;
};

// Builds the localized article of every article in every locale of the project from its
// XLIFF file, when every block is approved; an incomplete one is not written and a
// localized version from an earlier merge, now out of date, is removed.
[[nodiscard]] MergeRun merge_project(const Project& project);

} // namespace medloc
