#pragma once

#include "config/config.h"
#include "engine/result_cache.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

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
// cannot be opened, or whose key is not trusted, is a warning (in `warnings`, for the
// caller to show) and the run goes on checking every file. A cache.path that holds
// something else than a medloc cache is an Error (exit 2), and the file is left alone.
Result<std::unique_ptr<ResultCache>> open_result_cache(const Config& config, bool content_rules,
                                                       std::vector<std::string>& warnings);

// Writes what the run added to the cache, if any; a failure is a warning (the findings are
// right either way, only the next run is slower), returned for the caller to show.
[[nodiscard]] std::optional<std::string> save_result_cache(ResultCache* cache);

} // namespace medloc
