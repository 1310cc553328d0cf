#include "checks/schema/load_issue_findings.h"

#include "checks/schema/doctype_rule.h"
#include "checks/schema/encoding_rule.h"
#include "checks/schema/invalid_rule.h"
#include "checks/schema/not_well_formed_rule.h"
#include "checks/schema/unreadable_file_rule.h"
#include "language/messages.h"

namespace medloc {

const RuleInfo& rule_for(LoadIssueKind kind) {
    switch (kind) {
    case LoadIssueKind::unreadable:
        return UnreadableFileRule::kInfo;
    case LoadIssueKind::encoding:
        return EncodingRule::kInfo;
    case LoadIssueKind::not_well_formed:
        return NotWellFormedRule::kInfo;
    case LoadIssueKind::doctype:
        return DoctypeRule::kInfo;
    case LoadIssueKind::invalid:
        return InvalidRule::kInfo;
    }
    return NotWellFormedRule::kInfo;
}

std::vector<Finding> findings_for(const std::vector<LoadIssue>& issues, const std::string& path,
                                  const std::string& document_id) {
    std::vector<Finding> findings;
    for (const LoadIssue& issue : issues) {
        const RuleInfo& rule = rule_for(issue.kind);
        Finding finding;
        finding.rule_id = std::string(rule.id);
        finding.severity = rule.default_severity;
        finding.file = path;
        finding.position = issue.position;
        finding.document_id = document_id;
        // The loader's text (libxml2's own, often) is the detail of the kind's message.
        set_message(finding, rule.id, {{"detail", issue.message}});
        findings.push_back(std::move(finding));
    }
    return findings;
}

} // namespace medloc
