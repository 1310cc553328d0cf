#pragma once

#include "core/finding.h"
#include "translation/xliff_document.h"

#include <string>
#include <string_view>
#include <vector>

namespace medloc {

// What `kit import` did with one unit of the kit.
enum class ImportOutcome {
    imported,       // merged into translations/ with the state the translator gave
    imported_stale, // merged, but its source changed after the kit was made: stale, never final
    rejected,       // not merged: the reason says why (a finding, an altered source...)
    conflicting,    // not merged: translations/ holds a newer final target (--force replaces)
    unchanged,      // translations/ already holds this target in this state
    untranslated,   // came back without a target
    not_returned,   // in the kit, absent from what came back
};

std::string_view to_string(ImportOutcome outcome);

// The unit in translations/ as it is now.
struct RepositoryTarget {
    bool has_target = false;
    std::string markup_hash; // of its target (inline_content.h)
    TranslationState state = TranslationState::initial;
    bool stale = false; // against the block's current source
};

// Everything known about a returned unit once it has been read and checked.
struct ReturnedUnitFacts {
    bool source_altered = false; // its source is not the source sent
    bool has_target = false;
    std::string code_problem;    // its codes cannot be read (they overlap)
    std::string gone;            // why the block is no longer there, if it is not
    bool source_changed = false; // the repository's source changed since the kit was made
    std::vector<Finding> errors; // error findings of the check
    std::string target_hash;     // markup hash of the returned target
    TranslationState returned_state = TranslationState::initial;
    std::string previous_target_hash; // the kit manifest's
    RepositoryTarget repository;
    bool force = false;
};

struct UnitDecision {
    ImportOutcome outcome = ImportOutcome::rejected;
    std::string reason;
    TranslationState state = TranslationState::translated; // what is written
    bool stale = false;
};

// The decision for one unit, in this order: an altered source, no target, unreadable codes, a
// block gone or error findings (all cited) reject (or leave) it; a target translations/ already
// holds is unchanged; a final target in translations/ that is not the one the kit was made from is
// someone's newer work: conflicting, unless forced; otherwise it is imported, as stale when
// its source changed since the kit was made. A target in state initial counts as translated.
UnitDecision decide_unit(const ReturnedUnitFacts& facts);

} // namespace medloc
