#pragma once

#include <string>
#include <string_view>

namespace medloc {

// `path` as the path of a URI reference (RFC 3986): every byte outside the unreserved
// set (letters, digits, - . _ ~) and '/' is percent-encoded, so "é space#frag.xml"
// becomes "%C3%A9%20space%23frag.xml". Relative paths stay relative.
std::string percent_encode_path(std::string_view path);

// An absolute file system path as a file URI ("file:///dir/a%20b.xml"); a directory
// keeps a trailing '/' when `directory` is set.
std::string file_uri(std::string_view absolute_path, bool directory = false);

} // namespace medloc
