// What `medloc kit create` and `kit import` print of a kit and of what came back.
#include "kit/kit_summary.h"

#include <gtest/gtest.h>

namespace medloc {
namespace {

KitManifest two_locale_manifest() {
    KitManifest manifest;
    manifest.kit_id = "kit-20260601-abcdef";
    manifest.target_locales = {"en-US", "de-DE"};
    manifest.files = {{"en-US/a.xlf", "en-US", "a"}};
    manifest.units.resize(3);
    manifest.context.resize(1);
    QuoteWords english;
    english.units = 3;
    english.new_words = 12;
    english.stale_words = 5;
    english.review_words = 7;
    english.repeated_words = 2;
    manifest.words["en-US"] = english; // de-DE has no unit: zeros, not an absent line
    return manifest;
}

TEST(KitSummary, CreatedKitGivesItsFilesAndTheWordsToQuotePerLocale) {
    EXPECT_EQ(kit_created_summary(two_locale_manifest(), "out/kit.zip", KitScope{}),
              "medloc kit: kit-20260601-abcdef written to out/kit.zip: 1 file, 3 units, "
              "1 context unit\n"
              "en-US: 3 units, 26 words: 12 new, 5 stale, 2 repeated\n"
              "de-DE: 0 units, 0 words: 0 new, 0 stale, 0 repeated\n");
}

TEST(KitSummary, WordsToReviewAreShownOnlyWhenTheScopeSendsCurrentUnits) {
    const std::string summary =
        kit_created_summary(two_locale_manifest(), "kit.zip", KitScope{true, true, true});
    EXPECT_NE(summary.find("en-US: 3 units, 26 words: 12 new, 5 stale, 2 repeated, 7 to review\n"),
              std::string::npos)
        << summary;
    EXPECT_NE(summary.find("de-DE: 0 units, 0 words: 0 new, 0 stale, 0 repeated, 0 to review\n"),
              std::string::npos)
        << summary;
}

ImportedUnit unit(const std::string& id, ImportOutcome outcome, const std::string& reason) {
    ImportedUnit u;
    u.locale = "en-US";
    u.article = "fievre";
    u.unit = id;
    u.outcome = outcome;
    u.reason = reason;
    return u;
}

TEST(KitSummary, ImportListsEachUnitWithWhyAndWhereThenTheTotals) {
    KitImportResult result;
    result.kit_id = "kit-1";
    ImportedUnit imported = unit("p1", ImportOutcome::imported, "as the translator marked it");
    Finding warning;
    warning.severity = Severity::warning;
    warning.message = "double space";
    warning.rule_id = "typography.double-space";
    Finding error = warning;
    error.severity = Severity::error;
    error.message = "a dose differs";
    imported.findings = {warning, error};
    result.units.push_back(imported);
    ImportedUnit rejected = unit("p2", ImportOutcome::rejected, "a dose differs");
    rejected.returned_file = "en-US/fievre.xlf";
    rejected.line = 14;
    result.units.push_back(rejected);
    result.units.push_back(unit("p3", ImportOutcome::not_returned, "absent"));
    result.written = {"translations/en-US/fievre.xlf"};
    EXPECT_EQ(kit_import_summary(result),
              "en-US fievre/p1: imported\n"
              "  warning: double space [typography.double-space]\n"
              "en-US fievre/p2: rejected (a dose differs) [en-US/fievre.xlf:14]\n"
              "en-US fievre/p3: not-returned (absent)\n"
              "medloc kit import: kit-1: 1 imported, 0 imported as stale, 1 rejected, "
              "0 conflicting, 0 unchanged, 0 untranslated, 1 not returned; 1 files written\n");
}

} // namespace
} // namespace medloc
