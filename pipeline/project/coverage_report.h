#pragma once

#include "project/coverage_table.h"

#include <string>
#include <vector>

namespace medloc {

// What `medloc coverage` prints of a CoverageTable.

// One line per article and locale, then the locale's "(all)" total: units and words, the
// units per state, the share of words approved and whether the article is publishable
// (else the first reason why not).
[[nodiscard]] std::string coverage_text(const CoverageTable& table);

// The same as JSON (indented by 2, ending with a new line): per locale the total and the
// articles, and the gate's failures.
[[nodiscard]] std::string coverage_json(const CoverageTable& table,
                                        const std::vector<std::string>& gate_failures);

} // namespace medloc
