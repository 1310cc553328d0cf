#include "checks/usage/calque_rule.h"

#include "checks/usage/usage_service.h"

namespace medloc {

void CalqueRule::check(const Article& article, CheckContext& context, FindingSink& sink) const {
    report_usage_matches(kInfo, UsageKind::calque, article, context, sink);
}

} // namespace medloc
