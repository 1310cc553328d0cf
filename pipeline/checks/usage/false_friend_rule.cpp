#include "checks/usage/false_friend_rule.h"

#include "checks/usage/usage_service.h"

namespace medloc {

void FalseFriendRule::check(const Article& article, CheckContext& context,
                            FindingSink& sink) const {
    report_usage_matches(kInfo, UsageKind::false_friend, article, context, sink);
}

} // namespace medloc
