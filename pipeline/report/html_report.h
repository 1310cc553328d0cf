#pragma once

#include "report/review_report.h"

#include <string>

namespace medloc {

// The review page (docs/report.md): one self-contained HTML document, no network and no
// other file, readable without its script (which adds the filters) and printable.
std::string render_review_page(const ReviewReport& report);

} // namespace medloc
