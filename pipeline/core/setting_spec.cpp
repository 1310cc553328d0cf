#include "core/setting_spec.h"

#include "core/calendar_date.h"

#include <algorithm>
#include <charconv>

namespace medloc {

namespace {

std::string_view trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

std::string choice_list(std::span<const std::string_view> choices) {
    std::string list;
    for (std::size_t i = 0; i < choices.size(); ++i) {
        if (i > 0)
            list += i + 1 == choices.size() ? " or " : ", ";
        list += choices[i];
    }
    return list;
}

std::string fill(std::string_view pattern, std::string_view value,
                 std::span<const std::string_view> choices) {
    std::string joined;
    for (std::string_view choice : choices)
        joined += (joined.empty() ? "" : ", ") + std::string(choice);
    std::string text;
    for (std::size_t i = 0; i < pattern.size();) {
        if (pattern.substr(i).starts_with("{value}")) {
            text += value;
            i += 7;
        } else if (pattern.substr(i).starts_with("{choices}")) {
            text += joined;
            i += 9;
        } else {
            text += pattern[i++];
        }
    }
    return text;
}

std::optional<std::uint64_t> parse_whole_number(std::string_view text) {
    std::uint64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

} // namespace

std::optional<std::string> setting_problem(const SettingSpec& spec, std::string_view value) {
    const std::string key(spec.key);
    switch (spec.kind) {
    case SettingKind::text:
    case SettingKind::path:
    case SettingKind::locale_list:
        return std::nullopt;
    case SettingKind::choice:
        for (std::string_view choice : spec.choices)
            if (value == choice)
                return std::nullopt;
        if (!spec.invalid_choice_message.empty())
            return fill(spec.invalid_choice_message, value, spec.choices);
        return key + " must be " + choice_list(spec.choices) + ", not '" + std::string(value) + "'";
    case SettingKind::whole_number: {
        const auto number = parse_whole_number(value);
        if (!number)
            return key + " must be a whole number, not '" + std::string(value) + "'";
        if (*number < spec.minimum)
            return key + " must be at least " + std::to_string(spec.minimum);
        if (*number > spec.maximum)
            return key + " must be at most " + std::to_string(spec.maximum);
        return std::nullopt;
    }
    case SettingKind::date:
        if (value.empty() || parse_iso_date(value))
            return std::nullopt;
        return key + " must be a date written YYYY-MM-DD, not '" + std::string(value) + "'";
    case SettingKind::fallbacks: {
        if (trimmed(value).empty())
            return std::nullopt;
        for (std::size_t start = 0; start <= value.size();) {
            const std::size_t comma = std::min(value.find(',', start), value.size());
            const std::string_view chain = trimmed(value.substr(start, comma - start));
            if (chain.find(':') == std::string_view::npos || chain.front() == ':' ||
                chain.back() == ':' || chain.find_first_of(" /\\.") != std::string_view::npos)
                return key + " takes LOCALE:FALLBACK[:FALLBACK...], comma-separated, not '" +
                       std::string(chain) + "'";
            start = comma + 1;
        }
        return std::nullopt;
    }
    case SettingKind::url: {
        const bool web = value.starts_with("https://") || value.starts_with("http://");
        if (value.empty() || (web && value.find_first_of(" \t\"<>") == std::string_view::npos &&
                              value.size() > value.find("//") + 2))
            return std::nullopt;
        return key + " must be an absolute http:// or https:// URL, not '" + std::string(value) +
               "'";
    }
    }
    return std::nullopt;
}

std::uint64_t whole_number_value(std::string_view value) {
    return parse_whole_number(value).value_or(0);
}

} // namespace medloc
