#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace medloc {

// How a language writes: what the typography and spelling checks need to know. One
// profile per language, so that French behaviour is never scattered through checks.
struct LanguageProfile {
    std::string language;        // "fr", "en", ...
    bool french_spacing = false; // no-break space before : ; ! ? » and after «
    char decimal_separator = '.';
    std::vector<std::string> elision_prefixes; // l, d, qu, jusqu... (before ' or ’)
    std::vector<std::string> repeatable_words; // "nous nous", "vous vous" are correct
};

// The language part of a BCP 47 locale, lower-cased: "fr-CA" -> "fr".
std::string language_of(std::string_view locale);

// The profile of a locale's language.
LanguageProfile profile_for(std::string_view locale);

// Byte length of a French elision at the start of `word` ("l’" in "l’échographie",
// "jusqu'" in "jusqu'à"), apostrophe included; 0 when the word has none.
std::size_t elision_length(std::string_view word, const LanguageProfile& profile);

inline bool is_no_break_space(char32_t c) {
    return c == U'\u00A0' || c == U'\u202F';
}

} // namespace medloc
