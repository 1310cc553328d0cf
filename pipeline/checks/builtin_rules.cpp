#include "checks/medical/bidi_control_in_dose_rule.h"
#include "checks/medical/dose_element_mismatch_rule.h"
#include "checks/medical/dose_mismatch_rule.h"
#include "checks/medical/error_prone_unit_rule.h"
#include "checks/medical/latin_abbreviation_rule.h"
#include "checks/medical/microgram_notation_rule.h"
#include "checks/medical/missing_leading_zero_rule.h"
#include "checks/medical/review_expired_rule.h"
#include "checks/medical/review_missing_rule.h"
#include "checks/medical/review_no_digest_rule.h"
#include "checks/medical/review_stale_rule.h"
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
#include "checks/typography/bidi_control_rule.h"
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
#include "checks/usage/calque_rule.h"
#include "checks/usage/false_friend_rule.h"

namespace medloc {

RuleRegistry make_builtin_rules(const RuleOptions& options) {
    RuleRegistry registry;
    registry.add<UnreadableFileRule>(options);
    registry.add<EncodingRule>(options);
    registry.add<NotWellFormedRule>(options);
    registry.add<DoctypeRule>(options);
    registry.add<InvalidRule>(options);
    registry.add<DuplicateIdRule>(options);
    registry.add<IdMismatchRule>(options);
    registry.add<UnknownWordRule>(options);
    registry.add<UnknownNameRule>(options);
    registry.add<UnknownTermRule>(options);
    registry.add<ForeignWordRule>(options);
    registry.add<KeyboardFallbackRule>(options);
    registry.add<RepeatedWordRule>(options);
    registry.add<NotNfcRule>(options);
    registry.add<NoDictionaryRule>(options);
    registry.add<NbspMissingRule>(options);
    registry.add<NbspBreakingSpaceRule>(options);
    registry.add<MissingSpaceAfterRule>(options);
    registry.add<SpaceBeforeCommaRule>(options);
    registry.add<DoubleSpaceRule>(options);
    registry.add<MixedApostrophesRule>(options);
    registry.add<WrongApostropheRule>(options);
    registry.add<EllipsisRule>(options);
    registry.add<OrdinalRule>(options);
    registry.add<DecimalPointRule>(options);
    registry.add<NumberUnitSpaceRule>(options);
    registry.add<BidiControlRule>(options);
    registry.add<DeprecatedTermRule>(options);
    registry.add<AdmittedTermRule>(options);
    registry.add<MixedSynonymsRule>(options);
    registry.add<MissingTranslationRule>(options);
    registry.add<MissingTargetRule>(options);
    registry.add<UntranslatedRule>(options);
    registry.add<StaleUnitRule>(options);
    registry.add<InlineCodesRule>(options);
    registry.add<NumberMismatchRule>(options);
    registry.add<DoseMismatchRule>(options);
    registry.add<DoseElementMismatchRule>(options);
    registry.add<TrailingZeroRule>(options);
    registry.add<MissingLeadingZeroRule>(options);
    registry.add<ErrorProneUnitRule>(options);
    registry.add<MicrogramNotationRule>(options);
    registry.add<LatinAbbreviationRule>(options);
    registry.add<BidiControlInDoseRule>(options);
    registry.add<ReviewExpiredRule>(options);
    registry.add<ReviewMissingRule>(options);
    registry.add<ReviewStaleRule>(options);
    registry.add<ReviewNoDigestRule>(options);
    registry.add<FalseFriendRule>(options);
    registry.add<CalqueRule>(options);
    registry.add<MissingReasonRule>(options);
    registry.add<UnknownRuleRule>(options);
    registry.add<UnusedRule>(options);
    return registry;
}

const RuleRegistry& builtin_rules() {
    static const RuleRegistry registry = make_builtin_rules(RuleOptions{});
    return registry;
}

} // namespace medloc
