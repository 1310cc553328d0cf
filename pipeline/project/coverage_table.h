#pragma once

#include "core/finding.h"
#include "core/result.h"
#include "project/project.h"
#include "publishing/publishing.h"
#include "translation/coverage.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace medloc {

// An article's coverage in a locale, and whether it is publishable there (error findings
// not counted: coverage does not check the files; export and report do).
struct CoverageRow {
    ArticleCoverage coverage;
    std::optional<PublishingDecision> publishing; // none for a total
};

struct CoverageTable {
    std::map<std::string, std::vector<CoverageRow>> by_locale; // rows in article order
    int unreadable = 0;            // source articles that could not be read
    std::vector<Finding> problems; // why, and the XLIFF files that could not be read
};

// Units and source words (ICU word count) per article and locale, and the publishing
// decision without error findings.
[[nodiscard]] CoverageTable compute_coverage(const Project& project,
                                             const std::vector<std::string>& locales);

// The sum of a locale's rows, as an "(all)" article.
[[nodiscard]] ArticleCoverage coverage_total(const std::vector<CoverageRow>& rows,
                                             const std::string& locale);

// --min-coverage: "fr-FR=100,en-US=80" -> locale -> minimum share of approved source words,
// in percent.
using CoverageGate = std::map<std::string, double>;
[[nodiscard]] Result<CoverageGate> parse_coverage_gate(const std::string& text);

// The locales coverage measures: the project's, then those of the gate it lacks.
[[nodiscard]] std::vector<std::string> coverage_locales(const Project& project,
                                                        const CoverageGate& gate);

// One line per locale below its minimum ("fr-FR: 50.0% of source words approved, below
// the minimum 80.0%").
[[nodiscard]] std::vector<std::string> coverage_gate_failures(const CoverageTable& table,
                                                              const CoverageGate& gate);

} // namespace medloc
