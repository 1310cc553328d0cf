#include "core/calendar_date.h"

#include <gtest/gtest.h>

namespace medloc {
namespace {

using namespace std::chrono;

TEST(CalendarDate, ParsesIsoDatesAndRejectsOthers) {
    EXPECT_EQ(parse_iso_date("2026-05-12"), year_month_day{year{2026} / 5 / 12});
    EXPECT_EQ(parse_iso_date("2026-05-12Z"), year_month_day{year{2026} / 5 / 12});
    EXPECT_EQ(parse_iso_date("2026-05-12+02:00"), year_month_day{year{2026} / 5 / 12});
    EXPECT_FALSE(parse_iso_date("2026-02-30"));
    EXPECT_FALSE(parse_iso_date("2026-13-01"));
    EXPECT_FALSE(parse_iso_date("12/05/2026"));
    EXPECT_FALSE(parse_iso_date("2026-05-1x"));
    EXPECT_FALSE(parse_iso_date(""));
}

TEST(CalendarDate, AddsMonthsAndClampsToTheMonthsEnd) {
    EXPECT_EQ(add_months(year{2024} / 5 / 12, 24), year_month_day{year{2026} / 5 / 12});
    EXPECT_EQ(add_months(year{2025} / 8 / 31, 6), year_month_day{year{2026} / 2 / 28});
    EXPECT_EQ(add_months(year{2024} / 2 / 29, 12), year_month_day{year{2025} / 2 / 28});
    EXPECT_EQ(format_iso_date(year{2026} / 1 / 5), "2026-01-05");
}

} // namespace
} // namespace medloc
