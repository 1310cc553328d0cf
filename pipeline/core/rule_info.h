#pragma once

#include "core/severity.h"

#include <string_view>

namespace medloc {

// What a rule is, independent of how it checks: its id ("family.name"), default
// severity and a one-line summary. Each rule class holds one as `static constexpr kInfo`.
struct RuleInfo {
    std::string_view id;
    Severity default_severity;
    std::string_view summary;

    std::string_view family() const { return id.substr(0, id.find('.')); }
};

} // namespace medloc
