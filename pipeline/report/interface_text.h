#pragma once

#include <string_view>

namespace medloc {

// The review page's own words, in French or English; `{n}` and `{m}` stand for numbers.
struct InterfaceText {
    std::string_view language;
    std::string_view title;
    std::string_view generated; // "Generated on {d} by medloc {v}"
    std::string_view skip_to_findings;
    std::string_view summary;
    std::string_view articles;
    std::string_view findings;
    std::string_view errors;
    std::string_view warnings;
    std::string_view infos;
    std::string_view error_one; // the badge of one finding
    std::string_view warning_one;
    std::string_view info_one;
    std::string_view colon; // ": " in English, " : " (no-break space) in French
    std::string_view by_family;
    std::string_view family;
    std::string_view count;
    std::string_view publishable_per_locale;
    std::string_view publishable_of; // "{n} of {m} articles"
    std::string_view publishable;
    std::string_view not_publishable;
    std::string_view coverage;
    std::string_view coverage_note;
    std::string_view coverage_per_article;
    std::string_view approved;
    std::string_view reviewed;
    std::string_view translated;
    std::string_view stale;
    std::string_view missing;
    std::string_view words_approved; // "{n} % of {m} source words approved"
    std::string_view article;
    std::string_view review;
    std::string_view findings_by_article;
    std::string_view filters;
    std::string_view severity;
    std::string_view rule;
    std::string_view locale;
    std::string_view all_rules;
    std::string_view all_locales;
    std::string_view shown; // "{n} of {m} findings shown"
    std::string_view no_finding;
    std::string_view suggestion;
    std::string_view no_break_space;
    std::string_view line;
    std::string_view other_findings;
    std::string_view terminology;
    std::string_view terminology_note;
    std::string_view no_termbase;
    std::string_view no_term_in_use;
    std::string_view concept_label;
    std::string_view term;
    std::string_view status;
    std::string_view occurrences;
    std::string_view unreadable;
    std::string_view rule_page;
    // A stale approval: what changed since the medical review.
    std::string_view changed_since_approval;
    std::string_view approval_stale;     // in the review line: the approval no longer holds
    std::string_view approval_no_digest; // approved without a digest of the content
    std::string_view approved_version;   // "The approved text is that of commit {c} ({d})."
    std::string_view approved_unknown;   // "The approved text is not available ({n}): ..."
    std::string_view change_changed;
    std::string_view change_added;
    std::string_view change_removed;
    std::string_view markup_only; // the text reads the same; inline markup changed
};

// "fr" (also "fr-FR", "fr-CA"...) gives French; anything else English.
const InterfaceText& interface_text(std::string_view language);

} // namespace medloc
