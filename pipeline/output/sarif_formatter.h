#pragma once

#include "output/formatter.h"

#include <utility>

namespace medloc {

// SARIF 2.1.0 (OASIS): one run, the rule catalogue with each rule's page as its help,
// results with percent-encoded locations under %SRCROOT% and, where a finding has a
// mechanical fix (Finding::fix), that fix. Suggestions are never fixes.
class SarifFormatter final : public Formatter {
public:
    explicit SarifFormatter(FormatOptions options) : options_(std::move(options)) {}
    void write(const Report& report, std::ostream& out) const override;

private:
    FormatOptions options_;
};

} // namespace medloc
