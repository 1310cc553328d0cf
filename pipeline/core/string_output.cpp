#include "core/string_output.h"

#include <ios>
#include <new>
#include <sstream>

namespace medloc {

std::string render_to_string(const std::function<void(std::ostream&)>& write) {
    std::ostringstream out;
    // With badbit in the mask, the stream rethrows what failed inside it.
    out.exceptions(std::ios::badbit | std::ios::failbit);
    write(out);
    if (!out)
        throw std::bad_alloc();
    return std::move(out).str();
}

} // namespace medloc
