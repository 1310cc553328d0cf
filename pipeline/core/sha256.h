#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace medloc {

// SHA-256 of the bytes, as 64 lower-case hexadecimal digits.
std::string sha256_hex(std::string_view bytes);

// HMAC-SHA-256 (RFC 2104) of `message` under `key`, as 64 lower-case hexadecimal digits.
std::string hmac_sha256_hex(std::string_view key, std::string_view message);

// The same of the concatenation of `pieces`, without building it.
std::string hmac_sha256_hex(std::string_view key, std::initializer_list<std::string_view> pieces);

// `count` bytes from the operating system's random source (through OpenSSL), as
// hexadecimal digits: for secret keys. Throws std::runtime_error when there are none.
std::string random_hex(std::size_t count);

// Whether two strings are equal, in a time that does not depend on where they differ (for
// comparing authentication codes).
bool equal_in_constant_time(std::string_view a, std::string_view b);

} // namespace medloc
