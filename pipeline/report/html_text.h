#pragma once

#include <string>
#include <string_view>

namespace medloc {

// Text and attribute values escaped for HTML: & < > " and '.
std::string escape_html(std::string_view text);

// Like escape_html, with the no-break spaces (U+00A0, U+202F) shown as a visible sign
// titled `name`, for suggestions whose point is the space.
std::string escape_html_showing_spaces(std::string_view text, std::string_view name);

// `pattern` with each "{key}" replaced by its value (values are inserted as given).
std::string fill(std::string_view pattern, std::string_view key, std::string_view value);

} // namespace medloc
