#pragma once

#include "config/config.h"

#include <string>
#include <string_view>

namespace medloc {

// Path of one of medloc's schemas: under paths.schemas when it is there, else where
// `cmake --install` put it. The error names both places looked at.
Result<std::string> find_schema(const Config& config, std::string_view file_name);

} // namespace medloc
