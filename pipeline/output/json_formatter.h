#pragma once

#include "output/formatter.h"

namespace medloc {

// `{"tool": ..., "findings": [...], "summary": {...}}`; documented in docs/formats/json.md.
class JsonFormatter final : public Formatter {
public:
    void write(const Report& report, std::ostream& out) const override;
};

} // namespace medloc
