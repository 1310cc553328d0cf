#pragma once

#include "core/result.h"
#include "loading/article.h"
#include "loading/markup_tree.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace medloc {

struct ExtractStats {
    int added = 0;   // new units
    int stale = 0;   // source changed under an existing translation
    int updated = 0; // source changed, no translation yet
    int unchanged = 0;
    int obsolete = 0; // block gone; kept (flagged) because it has a translation
    int dropped = 0;  // block gone, no translation: removed
};

enum class XliffVersion { v2_1, v1_2 };

struct ExtractRequest {
    const Article* article = nullptr;
    const MarkupTree* tree = nullptr; // the article's markup, for exact inline tags
    std::string source_locale;
    std::string target_locale;
    std::string xliff_path; // translations/<locale>/<id>.xlf
    // The version of a new file (none: 2.1). An existing file is updated in its own
    // version; asking for the other one is an error (a file is never converted).
    std::optional<XliffVersion> version;
};

// Writes or updates the XLIFF 2.1 (or 1.2) file of one article and locale. An existing file keeps
// its targets, states, notes and whatever else other tools put in it; a unit whose source
// changed since its translation is marked stale (state initial, subState medloc:stale,
// the previous state kept in medloc metadata). The file is replaced atomically; an
// existing file that is not XLIFF 2 is never overwritten.
Result<ExtractStats> extract_article(const ExtractRequest& request);

inline constexpr std::string_view kStaleSubState = "medloc:stale";

// XLIFF 1.2 has no metadata module: medloc keeps its unit metadata (block, source-hash,
// previous-state, obsolete) in the trans-unit's `extradata` attribute, which XLIFF 1.2
// leaves to tools, as "medloc:block=p;source-hash=sha256:…", and marks a stale
// translation with target state needs-review-translation and the user-defined
// state-qualifier x-medloc-stale (what translate-toolkit and Weblate read as fuzzy).
inline constexpr std::string_view kXliff12StaleState = "needs-review-translation";
inline constexpr std::string_view kXliff12StaleQualifier = "x-medloc-stale";
std::map<std::string, std::string> read_xliff12_metadata(std::string_view extradata);
std::string write_xliff12_metadata(const std::map<std::string, std::string>& metadata);

} // namespace medloc
