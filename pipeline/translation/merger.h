#pragma once

#include "core/result.h"
#include "loading/article.h"
#include "loading/markup_tree.h"
#include "loading/xml_schema.h"
#include "translation/xliff_document.h"

#include <string>
#include <vector>

namespace medloc {

struct MergeOutcome {
    bool written = false;
    std::vector<std::string> missing; // "block-id: why" for each block that is not approved
};

struct MergeRequest {
    const Article* article = nullptr;
    const MarkupTree* tree = nullptr;
    const XliffDocument* xliff = nullptr; // null: no XLIFF file for this locale
    std::string target_locale;
    std::string output_path;
    const XmlSchema* schema = nullptr;
};

// Writes the localized article when every block has an approved translation (final, not
// stale): the source file with each block's content replaced by its target, inline codes
// restored from their original tags, and xml:lang set to the locale. It is validated
// against the article schema before it is written (atomically). Nothing is ever filled
// with source text: an article with a missing block is not written, and the outcome says
// which blocks and why. Errors are I/O or invalid output.
Result<MergeOutcome> merge_article(const MergeRequest& request);

// The article XML of a segment's target: text escaped, <pc>/<ph>/<sc>/<ec> replaced by
// the original codes they refer to, <mrk> unwrapped, <cp> decoded.
Result<std::string> target_markup(const XliffDocument& xliff, const XliffUnit& unit);

} // namespace medloc
