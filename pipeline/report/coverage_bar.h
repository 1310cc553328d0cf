#pragma once

#include "report/interface_text.h"
#include "translation/coverage.h"

#include <string>

namespace medloc {

// One stacked bar in inline SVG: the source words of `coverage` that are approved,
// reviewed, translated, stale (source changed) and missing, with a text equivalent for
// screen readers.
std::string coverage_bar(const ArticleCoverage& coverage, const InterfaceText& text);

// A plain bar for a share (0..1) of something, drawn in `colour` (a CSS value).
std::string share_bar(double share, std::string_view colour, std::string_view label);

// "87 %" in French, "87%" in English.
std::string format_percent(double share, const InterfaceText& text);

} // namespace medloc
