#pragma once

#include <string>
#include <string_view>

namespace medloc {

// `text` with each character of `specials` (a subset of & < > " ') replaced by its
// reference: "&<>" for XML element content, all five for HTML text and attributes.
std::string escape_markup(std::string_view text, std::string_view specials = "&<>\"'");

// An attribute value written between double quotes: &, <, > and " escaped.
std::string escape_attribute(std::string_view text);

} // namespace medloc
