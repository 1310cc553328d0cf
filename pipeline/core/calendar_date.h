#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace medloc {

// "2026-05-12" (an xs:date; a time-zone suffix such as "Z" or "+02:00" is ignored) as a
// calendar day; nullopt when it is not a real date.
std::optional<std::chrono::year_month_day> parse_iso_date(std::string_view text);

std::string format_iso_date(std::chrono::year_month_day date);

// Today in UTC, by the system clock.
std::chrono::year_month_day today_utc();

// `date` plus whole months; a day past the end of the month (31 August + 6 months)
// becomes the month's last day.
std::chrono::year_month_day add_months(std::chrono::year_month_day date, int months);

} // namespace medloc
