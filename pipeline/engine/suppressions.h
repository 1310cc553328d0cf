#pragma once

#include "checks/rule_registry.h"
#include "core/finding.h"
#include "core/finding_list.h"
#include "loading/article.h"

#include <functional>
#include <string>
#include <vector>

namespace medloc {

// Applies the article's <?medloc-ignore …?> instructions to its findings: a finding of a
// named rule inside the covered element is removed. Then reports each instruction
// without a reason (suppression.missing-reason), naming an unknown rule
// (suppression.unknown-rule), or, when `ran` says every rule it names was run,
// suppressing nothing (suppression.unused).
void apply_suppressions(const Article& article, const RuleRegistry& rules,
                        const std::function<bool(const std::string& rule_id)>& ran,
                        FindingList& findings);

} // namespace medloc
