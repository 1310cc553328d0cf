#pragma once

#include "output/formatter.h"

namespace medloc {

// SARIF 2.1.0 (OASIS): one run, the rule catalogue with help pages, results with locations
// and, where a finding has a suggestion, a fix that replaces the flagged text.
class SarifFormatter final : public Formatter {
public:
    void write(const Report& report, std::ostream& out) const override;
};

} // namespace medloc
