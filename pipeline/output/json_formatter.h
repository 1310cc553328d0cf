#pragma once

#include "output/formatter.h"
#include "output/streamed_json.h"

namespace medloc {

// `{"tool": ..., "findings": [...], "summary": {...}}`; documented in docs/formats/json.md.
class JsonFormatter final : public Formatter {
public:
    void begin(const ReportStart& start, std::ostream& out) override;
    void add(std::span<const Finding> findings, std::ostream& out) override;
    void end(const ReportTotals& totals, std::ostream& out) override;

private:
    StreamedJsonArray findings_{"\x01"
                                "findings\x01"};
    const std::vector<std::string>* checked_files_ = nullptr;
};

} // namespace medloc
