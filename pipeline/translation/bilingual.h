#pragma once

#include "loading/article.h"
#include "translation/xliff_document.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace medloc {

// One translatable segment seen from both sides: the source and target blocks are views
// of the XLIFF file, so findings on either point into it.
struct BilingualSegment {
    const XliffUnit* unit = nullptr;
    const XliffSegment* segment = nullptr;
    const Block* source = nullptr;
    const Block* target = nullptr; // null when the segment has no target
};

// An XLIFF file as two articles (source text in the source locale, target text in the
// target locale, one block per segment, positioned in the file) plus the pairs. The
// target article is what spelling, typography and terminology check.
struct BilingualDocument {
    XliffDocument xliff;
    Article source;
    Article target;
    std::vector<BilingualSegment> segments;
    // The source article the file translates, when the project's layout locates it
    // (translation/source_link.h): its path and the current source hash of each block.
    std::string current_article_path;
    std::optional<std::map<std::string, std::string>> current_source_hashes;
};

BilingualDocument make_bilingual(XliffDocument xliff);

} // namespace medloc
