#pragma once

#include "output/formatter.h"

namespace medloc {

// GitHub Actions workflow commands: one ::error, ::warning or ::notice line per finding,
// which the runner shows as an annotation on the file and line.
class GithubFormatter final : public Formatter {
public:
    void begin(const ReportStart& start, std::ostream& out) override;
    void add(std::span<const Finding> findings, std::ostream& out) override;
    void end(const ReportTotals& totals, std::ostream& out) override;
};

} // namespace medloc
