#include "core/severity.h"

namespace medloc {

std::string_view to_string(Severity severity) {
    switch (severity) {
    case Severity::info:
        return "info";
    case Severity::warning:
        return "warning";
    case Severity::error:
        return "error";
    }
    return "error";
}

std::optional<Severity> parse_severity(std::string_view text) {
    if (text == "error")
        return Severity::error;
    if (text == "warning")
        return Severity::warning;
    if (text == "info")
        return Severity::info;
    return std::nullopt;
}

} // namespace medloc
