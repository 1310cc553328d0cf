#include "checks/medical/dose_element_mismatch_rule.h"
#include "checks/medical/dose_mismatch_rule.h"
#include "checks/medical/error_prone_unit_rule.h"
#include "checks/medical/latin_abbreviation_rule.h"
#include "checks/medical/microgram_notation_rule.h"
#include "checks/medical/missing_leading_zero_rule.h"
#include "checks/medical/review_expired_rule.h"
#include "checks/medical/review_missing_rule.h"
#include "checks/medical/trailing_zero_rule.h"
#include "checks/rule_registry.h"
#include "checks/schema/doctype_rule.h"
#include "checks/schema/duplicate_id_rule.h"
#include "checks/schema/encoding_rule.h"
#include "checks/schema/id_mismatch_rule.h"
#include "checks/schema/invalid_rule.h"
#include "checks/schema/not_well_formed_rule.h"
#include "checks/schema/unreadable_file_rule.h"
#include "checks/spelling/foreign_word_rule.h"
#include "checks/spelling/keyboard_fallback_rule.h"
#include "checks/spelling/no_dictionary_rule.h"
#include "checks/spelling/not_nfc_rule.h"
#include "checks/spelling/repeated_word_rule.h"
#include "checks/spelling/unknown_name_rule.h"
#include "checks/spelling/unknown_term_rule.h"
#include "checks/spelling/unknown_word_rule.h"
#include "checks/suppression/missing_reason_rule.h"
#include "checks/suppression/unknown_rule_rule.h"
#include "checks/suppression/unused_rule.h"
#include "checks/terminology/admitted_term_rule.h"
#include "checks/terminology/deprecated_term_rule.h"
#include "checks/terminology/missing_translation_rule.h"
#include "checks/terminology/mixed_synonyms_rule.h"
#include "checks/translation/inline_codes_rule.h"
#include "checks/translation/missing_target_rule.h"
#include "checks/translation/number_mismatch_rule.h"
#include "checks/translation/stale_unit_rule.h"
#include "checks/translation/untranslated_rule.h"
#include "checks/typography/decimal_point_rule.h"
#include "checks/typography/double_space_rule.h"
#include "checks/typography/ellipsis_rule.h"
#include "checks/typography/missing_space_after_rule.h"
#include "checks/typography/mixed_apostrophes_rule.h"
#include "checks/typography/nbsp_breaking_space_rule.h"
#include "checks/typography/nbsp_missing_rule.h"
#include "checks/typography/number_unit_space_rule.h"
#include "checks/typography/ordinal_rule.h"
#include "checks/typography/space_before_comma_rule.h"
#include "checks/typography/wrong_apostrophe_rule.h"

namespace medloc {

namespace {

RuleRegistry make_builtin_rules() {
    RuleRegistry registry;
    registry.add<UnreadableFileRule>();
    registry.add<EncodingRule>();
    registry.add<NotWellFormedRule>();
    registry.add<DoctypeRule>();
    registry.add<InvalidRule>();
    registry.add<DuplicateIdRule>();
    registry.add<IdMismatchRule>();
    registry.add<UnknownWordRule>();
    registry.add<UnknownNameRule>();
    registry.add<UnknownTermRule>();
    registry.add<ForeignWordRule>();
    registry.add<KeyboardFallbackRule>();
    registry.add<RepeatedWordRule>();
    registry.add<NotNfcRule>();
    registry.add<NoDictionaryRule>();
    registry.add<NbspMissingRule>();
    registry.add<NbspBreakingSpaceRule>();
    registry.add<MissingSpaceAfterRule>();
    registry.add<SpaceBeforeCommaRule>();
    registry.add<DoubleSpaceRule>();
    registry.add<MixedApostrophesRule>();
    registry.add<WrongApostropheRule>();
    registry.add<EllipsisRule>();
    registry.add<OrdinalRule>();
    registry.add<DecimalPointRule>();
    registry.add<NumberUnitSpaceRule>();
    registry.add<DeprecatedTermRule>();
    registry.add<AdmittedTermRule>();
    registry.add<MixedSynonymsRule>();
    registry.add<MissingTranslationRule>();
    registry.add<MissingTargetRule>();
    registry.add<UntranslatedRule>();
    registry.add<StaleUnitRule>();
    registry.add<InlineCodesRule>();
    registry.add<NumberMismatchRule>();
    registry.add<DoseMismatchRule>();
    registry.add<DoseElementMismatchRule>();
    registry.add<TrailingZeroRule>();
    registry.add<MissingLeadingZeroRule>();
    registry.add<ErrorProneUnitRule>();
    registry.add<MicrogramNotationRule>();
    registry.add<LatinAbbreviationRule>();
    registry.add<ReviewExpiredRule>();
    registry.add<ReviewMissingRule>();
    registry.add<MissingReasonRule>();
    registry.add<UnknownRuleRule>();
    registry.add<UnusedRule>();
    return registry;
}

} // namespace

const RuleRegistry& builtin_rules() {
    static const RuleRegistry registry = make_builtin_rules();
    return registry;
}

} // namespace medloc
