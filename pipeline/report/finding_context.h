#pragma once

#include "loading/article.h"
#include "report/review_report.h"

#include <vector>

namespace medloc {

// The finding with the sentence that holds its flagged text, found in the block it names
// among `articles` (a source article, or the two sides of an XLIFF file) by its position;
// no sentence when none of them holds it. Long sentences are cut around the mark.
ReportFinding with_context(const Finding& finding, const std::vector<const Article*>& articles);

} // namespace medloc
