#pragma once

#include "loading/article.h"
#include "loading/markup_tree.h"
#include "translation/xliff_document.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace medloc {

// Units and source words in one bucket.
struct Tally {
    int units = 0;
    long words = 0;

    void add(long block_words) {
        ++units;
        words += block_words;
    }
};

// How far one article is translated in one locale. A unit counts once, in the first
// bucket that applies: missing (no unit or no target), stale (source changed since the
// translation), or its state (translated, reviewed, final). Approved means final and not
// stale; obsolete units (no block any more) are counted apart. Whether the article may be
// published is publishing/publishing.h's decision.
struct ArticleCoverage {
    std::string article_id;
    std::string locale;
    std::string review_status; // of the source article
    Tally total;
    Tally translated;
    Tally reviewed;
    Tally final_units;
    Tally stale;
    Tally missing;
    Tally obsolete;
    std::vector<std::string> not_approved; // block ids, in article order

    double approved_share() const; // final words / total words, 0..1
};

struct ArticleSourceView {
    const Article* article = nullptr;
    const MarkupTree* tree = nullptr;
};

// `xliff` is the article's XLIFF file in the locale, or null when there is none.
// `words_of` counts the words of a block's text (ICU word segmentation).
ArticleCoverage measure_coverage(const ArticleSourceView& source, const XliffDocument* xliff,
                                 const std::string& locale,
                                 const std::function<long(const std::string&)>& words_of);

// Whether a unit is stale against the current source block hash.
bool unit_is_stale(const XliffUnit& unit, const std::string& source_hash);

} // namespace medloc
