#pragma once

#include <optional>
#include <string_view>

namespace medloc {

// Ordered from least to most severe so that comparisons read naturally.
enum class Severity { info, warning, error };

std::string_view to_string(Severity severity);

// Parses "error", "warning" or "info"; anything else is nullopt.
std::optional<Severity> parse_severity(std::string_view text);

} // namespace medloc
