#pragma once

#include "config/config.h"

#include <string>
#include <string_view>
#include <vector>

namespace medloc {

// Path of one of medloc's schemas: under paths.schemas when it is there, else where
// `cmake --install` put it. The error names both places looked at.
Result<std::string> find_schema(const Config& config, std::string_view file_name);

// Where the data installed with medloc ("schemas", "terminology") may be, most specific
// first: beside the executable in an installed prefix (share/medloc/<kind>), beside it in
// a build tree (<kind>), then the configured install prefix. Only existing folders.
std::vector<std::string> installed_data_folders(std::string_view kind);

} // namespace medloc
