#pragma once

#include <string_view>

namespace medloc {

// The review page's stylesheet (screen and print) and its filter script, inlined into the
// page so that it opens from disk with nothing else.
std::string_view page_stylesheet();
std::string_view page_script();

} // namespace medloc
