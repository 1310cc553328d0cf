#pragma once

#include "output/formatter.h"

#include <utility>

namespace medloc {

// Compiler-style lines, `file:line:col: severity: message [rule-id]`, then a summary.
class TextFormatter final : public Formatter {
public:
    explicit TextFormatter(FormatOptions options) : options_(std::move(options)) {}
    void begin(const ReportStart& start, std::ostream& out) override;
    void add(std::span<const Finding> findings, std::ostream& out) override;
    void end(const ReportTotals& totals, std::ostream& out) override;

private:
    FormatOptions options_;
};

} // namespace medloc
