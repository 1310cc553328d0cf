#include "core/calendar_date.h"

#include <cstdio>

namespace medloc {

namespace {

std::optional<int> digits(std::string_view text) {
    int value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace

std::optional<std::chrono::year_month_day> parse_iso_date(std::string_view text) {
    if (text.size() < 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    const std::string_view zone = text.substr(10);
    if (!zone.empty() && zone != "Z" && zone.front() != '+' && zone.front() != '-')
        return std::nullopt;
    const auto year = digits(text.substr(0, 4));
    const auto month = digits(text.substr(5, 2));
    const auto day = digits(text.substr(8, 2));
    if (!year || !month || !day)
        return std::nullopt;
    const std::chrono::year_month_day date{std::chrono::year{*year},
                                           std::chrono::month{static_cast<unsigned>(*month)},
                                           std::chrono::day{static_cast<unsigned>(*day)}};
    if (!date.ok())
        return std::nullopt;
    return date;
}

std::string format_iso_date(std::chrono::year_month_day date) {
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return text;
}

std::chrono::year_month_day today_utc() {
    return std::chrono::year_month_day{
        std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
}

std::chrono::year_month_day add_months(std::chrono::year_month_day date, int months) {
    std::chrono::year_month_day moved = date + std::chrono::months{months};
    if (!moved.ok())
        moved = std::chrono::year_month_day{std::chrono::year_month_day_last{
            moved.year(), std::chrono::month_day_last{moved.month()}}};
    return moved;
}

} // namespace medloc
