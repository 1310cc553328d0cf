#pragma once

#include "core/result.h"
#include "loading/article.h"
#include "loading/markup_tree.h"

#include <string>

namespace medloc {

struct ExtractStats {
    int added = 0;   // new units
    int stale = 0;   // source changed under an existing translation
    int updated = 0; // source changed, no translation yet
    int unchanged = 0;
    int obsolete = 0; // block gone; kept (flagged) because it has a translation
    int dropped = 0;  // block gone, no translation: removed
};

struct ExtractRequest {
    const Article* article = nullptr;
    const MarkupTree* tree = nullptr; // the article's markup, for exact inline tags
    std::string source_locale;
    std::string target_locale;
    std::string xliff_path; // translations/<locale>/<id>.xlf
};

// Writes or updates the XLIFF 2.1 file of one article and locale. An existing file keeps
// its targets, states, notes and whatever else other tools put in it; a unit whose source
// changed since its translation is marked stale (state initial, subState medloc:stale,
// the previous state kept in medloc metadata). The file is replaced atomically; an
// existing file that is not XLIFF 2 is never overwritten.
Result<ExtractStats> extract_article(const ExtractRequest& request);

inline constexpr std::string_view kStaleSubState = "medloc:stale";

} // namespace medloc
