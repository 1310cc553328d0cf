#include "checks/medical/review_expired_rule.h"

#include "checks/check_context.h"
#include "core/calendar_date.h"
#include "loading/article.h"

namespace medloc {

void ReviewExpiredRule::check(const Article& article, CheckContext& context,
                              FindingSink& sink) const {
    if (article.review.status != "approved")
        return;
    const auto reviewed = parse_iso_date(article.review.date);
    if (!reviewed)
        return; // medical.review-missing, or the schema, reports it
    const std::chrono::year_month_day today = context.services().today.value_or(today_utc());
    const int max_age = max_age_months_;
    const std::chrono::year_month_day expiry = add_months(*reviewed, max_age);
    if (std::chrono::sys_days{today} <= std::chrono::sys_days{expiry})
        return;
    const auto months = (static_cast<int>(today.year()) - static_cast<int>(reviewed->year())) * 12 +
                        static_cast<int>(static_cast<unsigned>(today.month())) -
                        static_cast<int>(static_cast<unsigned>(reviewed->month())) -
                        (today.day() < reviewed->day() ? 1 : 0);
    sink.report(kInfo, article, article.review.source_offset, "medical.review-expired",
                {{"date", article.review.date},
                 {"months", std::to_string(months), true},
                 {"today", format_iso_date(today)},
                 {"max", std::to_string(max_age), true}});
}

} // namespace medloc
