#pragma once

#include "core/finding.h"
#include "core/rule_info.h"
#include "loading/document_loader.h"

#include <string>
#include <vector>

namespace medloc {

// The schema-stage rule that reports each kind of loading problem.
const RuleInfo& rule_for(LoadIssueKind kind);

// Loading problems of any XML file (article, termbase, XLIFF) as findings.
std::vector<Finding> findings_for(const std::vector<LoadIssue>& issues, const std::string& path,
                                  const std::string& document_id);

} // namespace medloc
