#pragma once

#include <string_view>

namespace medloc {

std::string_view tool_version();

} // namespace medloc
