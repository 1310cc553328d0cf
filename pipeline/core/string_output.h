#pragma once

#include <functional>
#include <ostream>
#include <string>

namespace medloc {

// What `write` writes, as a string. A stream that fails (out of memory) only sets a flag
// and drops the rest, which would make a truncated report look whole: here the failure is
// thrown (std::bad_alloc), never a partial text returned.
std::string render_to_string(const std::function<void(std::ostream&)>& write);

} // namespace medloc
