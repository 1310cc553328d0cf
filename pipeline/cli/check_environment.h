#pragma once

#include "cli/cli.h"
#include "config/config.h"
#include "engine/result_cache.h"

#include <memory>
#include <optional>
#include <string>

namespace medloc {

// One SHA-256 over everything a file's findings depend on besides the file itself: every
// setting that changes what is checked, the date review ages are counted to, the bytes of
// the schemas, word lists, termbase and the dictionaries of the project's locales; the
// medloc executable and the shared libraries it loaded (ICU, libxml2, Hunspell...) by
// build id; other dictionaries by path, size and modification time. nullopt when one of
// them cannot be read: the run then goes without the result cache rather than trust a key that
// misses something.
std::optional<std::string> check_environment_hash(const Config& config, bool content_rules);

// The project's result cache (cache.path), or none when it is turned off: a cache that
// cannot be opened, or whose key is not trusted, is a warning on stderr and the run goes on
// checking every file. A cache.path that holds something else than a medloc cache is an
// Error (exit 2), and the file is left alone.
Result<std::unique_ptr<ResultCache>> open_result_cache(const Config& config, bool content_rules,
                                                       Terminal& terminal);

// Writes what the run added to the cache, if any; a failure is a warning on stderr (the
// findings are right either way, only the next run is slower).
void save_result_cache(ResultCache* cache, Terminal& terminal);

} // namespace medloc
