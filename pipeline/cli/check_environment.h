#pragma once

#include "config/config.h"

#include <optional>
#include <string>

namespace medloc {

// One SHA-256 over everything a file's findings depend on besides the file itself: every
// setting that changes what is checked, the date review ages are counted to, the bytes of
// the schemas, word lists and termbase; the medloc executable and the dictionaries (large,
// changed only by a build or a package) by path, size and modification time. nullopt when one of
// them cannot be read: the run then goes without the result cache rather than trust a key that
// misses something.
std::optional<std::string> check_environment_hash(const Config& config, bool content_rules);

} // namespace medloc
