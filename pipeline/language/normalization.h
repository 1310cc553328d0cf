#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace medloc {

// Unicode Normalization Form C through ICU.
std::string to_nfc(std::string_view text);

// Byte offset of the first character that is not in NFC (a decomposed accent, for
// instance "e" followed by U+0301), or nullopt when the text is NFC.
std::optional<std::size_t> first_non_nfc(std::string_view text);

// An acronym: at least two letters, all of them capitals (digits allowed: IST, H1N1).
bool is_acronym(std::string_view word);

// Lower-case (full Unicode case folding) of a UTF-8 string.
std::string fold_case(std::string_view text);

} // namespace medloc
