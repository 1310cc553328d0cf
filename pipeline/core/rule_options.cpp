#include "core/rule_options.h"

#include "core/calendar_date.h"

namespace medloc {

std::string_view RuleOptions::text(const SettingSpec& spec) const {
    const auto it = values_.find(spec.key);
    return it == values_.end() ? spec.default_value : std::string_view(it->second);
}

std::uint64_t RuleOptions::whole_number(const SettingSpec& spec) const {
    return whole_number_value(text(spec));
}

std::optional<std::chrono::year_month_day> RuleOptions::date(const SettingSpec& spec) const {
    return parse_iso_date(text(spec));
}

} // namespace medloc
