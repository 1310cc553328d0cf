#pragma once

#include "output/formatter.h"

namespace medloc {

// Compiler-style lines, `file:line:col: severity: message [rule-id]`, then a summary.
class TextFormatter final : public Formatter {
public:
    explicit TextFormatter(FormatOptions options) : options_(options) {}
    void write(const Report& report, std::ostream& out) const override;

private:
    FormatOptions options_;
};

} // namespace medloc
