// kit import's decision for one returned unit, case by case.
#include "kit/unit_decision.h"

#include <gtest/gtest.h>

namespace medloc {
namespace {

const std::string kSentHash = "sha256:sent";
const std::string kReturned = "sha256:returned";
const std::string kOther = "sha256:someone-else";

// A returned unit that passes every check, into a repository that has no target yet.
ReturnedUnitFacts good() {
    ReturnedUnitFacts facts;
    facts.has_target = true;
    facts.target_hash = kReturned;
    facts.returned_state = TranslationState::final_state;
    return facts;
}

TEST(UnitDecision, AGoodUnitIsImportedWithTheStateTheToolGave) {
    const UnitDecision decision = decide_unit(good());
    EXPECT_EQ(decision.outcome, ImportOutcome::imported);
    EXPECT_EQ(decision.state, TranslationState::final_state);
    EXPECT_FALSE(decision.stale);
}

TEST(UnitDecision, ATargetLeftInitialCountsAsTranslated) {
    ReturnedUnitFacts facts = good();
    facts.returned_state = TranslationState::initial;
    EXPECT_EQ(decide_unit(facts).state, TranslationState::translated);
}

TEST(UnitDecision, AnAlteredSourceIsRejectedWhateverElseHolds) {
    ReturnedUnitFacts facts = good();
    facts.source_altered = true;
    facts.has_target = false; // even without a target: the return is not the kit's text
    const UnitDecision decision = decide_unit(facts);
    EXPECT_EQ(decision.outcome, ImportOutcome::rejected);
    EXPECT_NE(decision.reason.find("source was changed"), std::string::npos);
}

TEST(UnitDecision, NoTargetIsUntranslatedNotAnError) {
    ReturnedUnitFacts facts = good();
    facts.has_target = false;
    EXPECT_EQ(decide_unit(facts).outcome, ImportOutcome::untranslated);
}

TEST(UnitDecision, AnErrorFindingRejectsAndIsCited) {
    ReturnedUnitFacts facts = good();
    Finding element;
    element.rule_id = "medical.dose-element-mismatch";
    element.message = "dose element value=\"15\" but its text reads '25 mg/kg'";
    Finding dose;
    dose.rule_id = "medical.dose-mismatch";
    dose.message = "dose '25 mg/kg' is not in the source";
    facts.errors = {element, dose};
    const UnitDecision decision = decide_unit(facts);
    EXPECT_EQ(decision.outcome, ImportOutcome::rejected);
    EXPECT_EQ(decision.reason, "[medical.dose-element-mismatch] dose element value=\"15\" but its "
                               "text reads '25 mg/kg'; [medical.dose-mismatch] dose '25 mg/kg' is "
                               "not in the source");
}

TEST(UnitDecision, OverlappingCodesAndGoneBlocksAreRejected) {
    ReturnedUnitFacts facts = good();
    facts.code_problem = "inline codes overlap";
    EXPECT_EQ(decide_unit(facts).outcome, ImportOutcome::rejected);
    facts = good();
    facts.gone = "the block is no longer in the article";
    EXPECT_EQ(decide_unit(facts).reason, "the block is no longer in the article");
}

TEST(UnitDecision, ASourceChangedSinceTheKitIsImportedAsStaleNeverFinal) {
    ReturnedUnitFacts facts = good();
    facts.source_changed = true;
    const UnitDecision decision = decide_unit(facts);
    EXPECT_EQ(decision.outcome, ImportOutcome::imported_stale);
    EXPECT_TRUE(decision.stale);
}

TEST(UnitDecision, TheSameTargetInTheSameStateIsUnchanged) {
    ReturnedUnitFacts facts = good();
    facts.repository = {true, kReturned, TranslationState::final_state, false};
    EXPECT_EQ(decide_unit(facts).outcome, ImportOutcome::unchanged);
    facts.repository.state = TranslationState::translated; // the state moves: imported
    EXPECT_EQ(decide_unit(facts).outcome, ImportOutcome::imported);
    // Imported as stale before, still stale now: unchanged (its state is kept apart).
    facts = good();
    facts.source_changed = true;
    facts.repository = {true, kReturned, TranslationState::initial, true};
    EXPECT_EQ(decide_unit(facts).outcome, ImportOutcome::unchanged);
}

TEST(UnitDecision, ANewerFinalTargetIsConflictingUnlessForced) {
    ReturnedUnitFacts facts = good();
    facts.previous_target_hash = "";
    facts.repository = {true, kOther, TranslationState::final_state, false};
    EXPECT_EQ(decide_unit(facts).outcome, ImportOutcome::conflicting);
    facts.force = true;
    const UnitDecision forced = decide_unit(facts);
    EXPECT_EQ(forced.outcome, ImportOutcome::imported);
    EXPECT_NE(forced.reason.find("--force"), std::string::npos);
}

TEST(UnitDecision, TheTargetTheKitWasMadeFromIsNotNewerWork) {
    ReturnedUnitFacts facts = good();
    facts.previous_target_hash = kSentHash; // --scope all: a final target sent for revision
    facts.repository = {true, kSentHash, TranslationState::final_state, false};
    EXPECT_EQ(decide_unit(facts).outcome, ImportOutcome::imported);
}

TEST(UnitDecision, NewerButNotFinalOrStaleTargetsAreReplaced) {
    ReturnedUnitFacts facts = good();
    facts.repository = {true, kOther, TranslationState::translated, false};
    EXPECT_EQ(decide_unit(facts).outcome, ImportOutcome::imported);
    facts.repository = {true, kOther, TranslationState::final_state, true};
    EXPECT_EQ(decide_unit(facts).outcome, ImportOutcome::imported);
}

} // namespace
} // namespace medloc
