#pragma once

#include <optional>
#include <string>

namespace medloc {

// The GNU build id the linker wrote into the running executable, in hexadecimal; nullopt
// when it has none.
std::optional<std::string> executable_build_id();

// One line per shared library loaded into this process ("library PATH build-id HEX", or
// its size and modification time when it has no build id), in load order. An upgraded ICU,
// libxml2, Hunspell or SQLite package is a new line: what medloc computed with the old one
// (the result cache) is not taken for the new one's.
std::string loaded_libraries_identity();

} // namespace medloc
