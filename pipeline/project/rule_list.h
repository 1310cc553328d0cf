#pragma once

#include "checks/rule_registry.h"

#include <string>

namespace medloc {

// What `medloc rules` prints of the rule catalogue, in registration order.

// One line per rule: id, default severity and summary in columns, and below it a line per
// option with its key, default and help.
[[nodiscard]] std::string rule_list_text(const RuleRegistry& registry);

// The same as JSON (indented by 2, ending with a new line): per rule its id, family,
// default severity, summary, page (docs/rules/<id>.md) and options.
[[nodiscard]] std::string rule_list_json(const RuleRegistry& registry);

} // namespace medloc
