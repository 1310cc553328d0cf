#pragma once

#include "output/formatter.h"

namespace medloc {

// JUnit XML as CI systems read it: one test case per checked file, failed when the file has
// error findings (each listed), with warnings and infos as its output.
class JunitFormatter final : public Formatter {
public:
    void write(const Report& report, std::ostream& out) const override;
};

} // namespace medloc
