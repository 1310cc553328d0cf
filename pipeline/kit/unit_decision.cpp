#include "kit/unit_decision.h"

namespace medloc {

std::string_view to_string(ImportOutcome outcome) {
    switch (outcome) {
    case ImportOutcome::imported:
        return "imported";
    case ImportOutcome::imported_stale:
        return "imported-stale";
    case ImportOutcome::rejected:
        return "rejected";
    case ImportOutcome::conflicting:
        return "conflicting";
    case ImportOutcome::unchanged:
        return "unchanged";
    case ImportOutcome::untranslated:
        return "untranslated";
    case ImportOutcome::not_returned:
        return "not-returned";
    }
    return "rejected";
}

UnitDecision decide_unit(const ReturnedUnitFacts& facts) {
    UnitDecision decision;
    if (facts.source_altered) {
        decision.reason = "the source was changed in the returned file; it must stay as sent";
        return decision;
    }
    if (!facts.has_target) {
        decision.outcome = ImportOutcome::untranslated;
        decision.reason = "no target";
        return decision;
    }
    if (!facts.code_problem.empty()) {
        decision.reason = facts.code_problem;
        return decision;
    }
    if (!facts.gone.empty()) {
        decision.reason = facts.gone;
        return decision;
    }
    if (!facts.errors.empty()) {
        for (const Finding& error : facts.errors)
            decision.reason +=
                (decision.reason.empty() ? "[" : "; [") + error.rule_id + "] " + error.message;
        return decision;
    }
    decision.stale = facts.source_changed;
    decision.state = facts.returned_state == TranslationState::initial
                         ? TranslationState::translated
                         : facts.returned_state;
    const RepositoryTarget& now = facts.repository;
    if (now.has_target && now.markup_hash == facts.target_hash && now.stale == decision.stale &&
        (decision.stale || now.state == decision.state)) {
        decision.outcome = ImportOutcome::unchanged;
        decision.reason = "translations/ already holds this target";
        return decision;
    }
    if (now.has_target && !now.stale && now.state == TranslationState::final_state &&
        now.markup_hash != facts.previous_target_hash) {
        if (!facts.force) {
            decision.outcome = ImportOutcome::conflicting;
            decision.reason = "translations/ holds a newer final target than the one the kit was "
                              "made from (--force replaces it)";
            return decision;
        }
        decision.reason = "replaces a newer final target (--force)";
    }
    decision.outcome = decision.stale ? ImportOutcome::imported_stale : ImportOutcome::imported;
    if (decision.stale)
        decision.reason = "the source changed after the kit was made: imported as stale";
    return decision;
}

} // namespace medloc
