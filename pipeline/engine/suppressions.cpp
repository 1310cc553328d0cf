#include "engine/suppressions.h"

#include "checks/rule.h"
#include "checks/suppression/missing_reason_rule.h"
#include "checks/suppression/unknown_rule_rule.h"
#include "checks/suppression/unused_rule.h"

#include <algorithm>
#include <tuple>

namespace medloc {

namespace {

bool before(const SourcePosition& a, const SourcePosition& b) {
    return std::tie(a.line, a.column) < std::tie(b.line, b.column);
}

bool is_known(const RuleRegistry& rules, const std::string& id) {
    const auto infos = rules.infos();
    return std::any_of(infos.begin(), infos.end(),
                       [&](const RuleInfo& info) { return info.id == id; });
}

} // namespace

void apply_suppressions(const Article& article, const RuleRegistry& rules,
                        const std::function<bool(const std::string& rule_id)>& ran,
                        FindingList& findings) {
    if (article.suppressions.empty())
        return;
    struct Span {
        SourcePosition begin;
        SourcePosition end;
        bool used = false;
    };
    std::vector<Span> spans;
    for (const Suppression& suppression : article.suppressions)
        spans.push_back(
            {article.position(suppression.target_begin), article.position(suppression.target_end)});
    findings.keep_if([&](const Finding& finding) {
        if (finding.file != article.path() || finding.position.line <= 0)
            return true;
        // The first suppression that covers a finding removes it, and is used.
        for (std::size_t i = 0; i < spans.size(); ++i) {
            const Suppression& suppression = article.suppressions[i];
            if (!before(finding.position, spans[i].begin) &&
                before(finding.position, spans[i].end) &&
                std::find(suppression.rule_ids.begin(), suppression.rule_ids.end(),
                          finding.rule_id) != suppression.rule_ids.end()) {
                spans[i].used = true;
                return false;
            }
        }
        return true;
    });

    FindingSink sink(findings);
    for (std::size_t i = 0; i < spans.size(); ++i) {
        const Suppression& suppression = article.suppressions[i];
        if (suppression.reason.empty())
            sink.report(MissingReasonRule::kInfo, article, suppression.offset,
                        "suppression.missing-reason", {});
        bool all_ran = !suppression.rule_ids.empty();
        for (const std::string& id : suppression.rule_ids) {
            if (!is_known(rules, id)) {
                sink.report(UnknownRuleRule::kInfo, article, suppression.offset,
                            "suppression.unknown-rule", {{"rule", id}});
                all_ran = false;
            } else if (!ran(id)) {
                all_ran = false;
            }
        }
        if (suppression.rule_ids.empty())
            sink.report(UnknownRuleRule::kInfo, article, suppression.offset,
                        "suppression.unknown-rule.none", {});
        if (!spans[i].used && all_ran)
            sink.report(UnusedRule::kInfo, article, suppression.offset, "suppression.unused",
                        {{"rules", [&] {
                              std::string names;
                              for (const std::string& id : suppression.rule_ids)
                                  names += (names.empty() ? "" : ", ") + id;
                              return names;
                          }()}});
    }
    sink.flush();
}

} // namespace medloc
