#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace medloc {

// Pieces of JSON text written straight into a string, byte for byte as nlohmann's
// dump(2, ' ', false, replace) writes them, for outputs that write many small objects and
// would otherwise build a tree for each (a report of a million findings).

// `text` as a JSON string: quotes, backslashes and control characters escaped (\b \t \n \f
// \r, else \u00xx), every other byte as it is. Text that is not well-formed UTF-8 has its
// bad bytes replaced by U+FFFD, as nlohmann's replace handler does.
void append_json_string(std::string& out, std::string_view text);

void append_json_integer(std::string& out, long long value);
void append_json_unsigned(std::string& out, unsigned long long value);

// Whether `text` is well-formed UTF-8 (no overlong form, surrogate or code point past
// U+10FFFF): the bytes a JSON string can hold as they are.
bool is_well_formed_utf8(std::string_view text);

} // namespace medloc
