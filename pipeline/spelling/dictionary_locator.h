#pragma once

#include "core/result.h"

#include <string>
#include <string_view>

namespace medloc {

struct DictionaryFiles {
    std::string aff;
    std::string dic;
};

// Finds the Hunspell dictionary of a locale in a colon-separated list of directories:
// `fr_FR.aff`/`.dic` for fr-FR, then the language alone (`fr`), then any region of that
// language. The error names the Debian package that provides it.
Result<DictionaryFiles> locate_dictionary(std::string_view locale, std::string_view search_path);

// The Debian package that holds a locale's Hunspell dictionary ("hunspell-fr").
std::string dictionary_package(std::string_view locale);

inline constexpr std::string_view kDefaultDictionaryPath =
    "/usr/share/hunspell:/usr/share/myspell/dicts";

} // namespace medloc
