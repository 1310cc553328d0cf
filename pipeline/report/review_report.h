#pragma once

#include "core/finding.h"
#include "core/rule_info.h"
#include "translation/coverage.h"

#include <map>
#include <string>
#include <vector>

namespace medloc {

// A finding as the review page shows it: with the sentence that holds the flagged text.
struct ReportFinding {
    Finding finding;
    std::string sentence;       // empty when the text cannot be found (a file-level finding)
    std::size_t mark_begin = 0; // the flagged text: a byte range of `sentence`
    std::size_t mark_end = 0;
};

struct LocaleStatus {
    ArticleCoverage coverage;
    bool publishable = false;         // as medloc export decides (publishing/publishing.h)
    std::vector<std::string> reasons; // why not
};

// A block that differs from the approved text.
struct ReportBlockChange {
    std::string block_id;
    std::string kind;   // "changed", "added" or "removed"
    std::string before; // the approved text; empty when added or not known
    std::string after;  // the current text; empty when removed
    bool before_known = false;
};

// The article's medical approval and, when stale, what changed since.
struct ReportApproval {
    std::string state;           // "", "current", "stale", "no-digest" or "unknown-version"
    std::string summary;         // the changed blocks, in words
    std::string approved_commit; // abbreviated; empty when the approved text is not known
    std::string approved_date;   // of that commit
    std::string history_note;    // why the approved text is not known
    std::vector<ReportBlockChange> changes;
};

// One source article with every finding on it and on its translations.
struct ReportArticle {
    std::string id;
    std::string title; // empty when the article could not be read
    std::string path;
    std::string review_status;
    std::string review_date;
    ReportApproval approval;
    std::vector<ReportFinding> findings;         // report order
    std::map<std::string, LocaleStatus> locales; // by target locale
};

// A termbase term met in the source articles.
struct TermUse {
    std::string concept_id;
    std::string term;
    std::string status; // preferred, admitted, deprecated...
    int occurrences = 0;
    std::vector<std::string> articles; // ids, sorted
};

// Everything the review page shows (docs/report.md), gathered by `medloc report`.
struct ReviewReport {
    std::string language = "en"; // of the interface text: "fr" or "en"
    std::string generated_on;    // YYYY-MM-DD
    std::string tool_version;
    std::string source_locale;
    std::vector<std::string> target_locales;
    std::vector<ReportArticle> articles;       // by id
    std::vector<ReportFinding> other_findings; // not about one article (the termbase)
    std::vector<RuleInfo> rules;               // the catalogue, for names and severities
    std::vector<TermUse> terms;                // by concept, then term
    bool has_termbase = false;
};

} // namespace medloc
