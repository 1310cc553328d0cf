#pragma once

#include "output/formatter.h"
#include "output/streamed_json.h"

#include <map>
#include <string>
#include <utility>

namespace medloc {

// SARIF 2.1.0 (OASIS): one run, the rule catalogue with each rule's page as its help,
// results with percent-encoded locations under %SRCROOT% and, where a finding has a
// mechanical fix (Finding::fix), that fix. Suggestions are never fixes.
class SarifFormatter final : public Formatter {
public:
    explicit SarifFormatter(FormatOptions options) : options_(std::move(options)) {}
    void begin(const ReportStart& start, std::ostream& out) override;
    void add(std::span<const Finding> findings, std::ostream& out) override;
    void end(const ReportTotals& totals, std::ostream& out) override;

private:
    FormatOptions options_;
    std::map<std::string, int> rule_index_;
    StreamedJsonArray results_{"\x01"
                               "results\x01"};
};

} // namespace medloc
