#pragma once

#include "output/formatter.h"

namespace medloc {

// GitHub Actions workflow commands: one ::error, ::warning or ::notice line per finding,
// which the runner shows as an annotation on the file and line.
class GithubFormatter final : public Formatter {
public:
    void write(const Report& report, std::ostream& out) const override;
};

} // namespace medloc
