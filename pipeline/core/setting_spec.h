#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace medloc {

// What a setting's value must be; the one place values are validated (medloc.ini and the
// command line alike), so that everything downstream reads them already typed.
enum class SettingKind {
    text,         // any string
    path,         // a path, resolved against the project root (ini) or the working directory
    choice,       // one of `choices`
    whole_number, // an unsigned integer within [minimum, maximum]
    date,         // YYYY-MM-DD, or empty
    locale_list,  // comma-separated locales
    fallbacks,    // LOCALE:FALLBACK[:FALLBACK...], comma-separated
    url,          // an absolute http or https URL without spaces, or empty
};

// One configurable value: its key in medloc.ini ("section.name"), the command-line option
// that overrides it (empty when there is none), its default, its help text and its kind.
// The global table (config/settings.cpp) and each rule's `kOptions` are lists of these.
struct SettingSpec {
    std::string_view key;
    std::string_view option;
    std::string_view default_value;
    std::string_view help;
    SettingKind kind = SettingKind::text;
    std::span<const std::string_view> choices = {};
    std::uint64_t minimum = 0;
    std::uint64_t maximum = UINT64_MAX;
    // For a bad choice, the message with {value} and {choices} filled in; empty: the usual.
    std::string_view invalid_choice_message = {};

    bool is_path() const { return kind == SettingKind::path; }
};

// Why `value` is not acceptable for `spec`, or nullopt when it is.
[[nodiscard]] std::optional<std::string> setting_problem(const SettingSpec& spec,
                                                         std::string_view value);

// The value of a whole_number setting already accepted by setting_problem.
std::uint64_t whole_number_value(std::string_view value);

} // namespace medloc
