#include "language/messages.h"

#include <algorithm>
#include <cstdlib>
#include <memory>

#include <unicode/fmtable.h>
#include <unicode/msgfmt.h>
#include <unicode/unistr.h>

namespace medloc {

namespace {

// Apostrophes: ICU reads '' as one apostrophe and a single ' before { or } as a quote,
// so a quoted argument is written ''{word}''. Select keywords take no hyphen (opening_quote).
constexpr CatalogueEntry kCatalogue[] = {
    // Summaries.
    {"summary.checked",
     "medloc: {files, plural, one {# file} other {# files}} checked, {errors, plural, one {# "
     "error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}, "
     "{infos, plural, one {# info} other {# infos}}",
     "medloc\u00A0: {files, plural, one {# fichier vérifié} other {# fichiers vérifiés}}, {errors, "
     "plural, one {# erreur} other {# erreurs}}, {warnings, plural, one {# avertissement} "
     "other {# avertissements}}, {infos, plural, one {# information} other {# informations}}"},
    {"summary.fixed",
     "medloc fix: {fixes, plural, one {# fix} other {# fixes}} applied in {files, plural, one "
     "{# file} other {# files}} of {total}",
     "medloc fix\u00A0: {fixes, plural, one {# correction appliquée} other {# corrections "
     "appliquées}} dans {files, plural, one {# fichier} other {# fichiers}} sur {total}"},
    {"summary.fixable",
     "medloc fix: {fixes, plural, one {# fix} other {# fixes}} to apply in {files, plural, "
     "one {# file} other {# files}} of {total}",
     "medloc fix\u00A0: {fixes, plural, one {# correction à appliquer} other {# corrections à "
     "appliquer}} dans {files, plural, one {# fichier} other {# fichiers}} sur {total}"},
    // Review statuses and rule families, as the review page shows them.
    {"review.draft", "draft", "brouillon"},
    {"review.in-review", "in-review", "en relecture"},
    {"review.approved", "approved", "approuvé"},
    {"review.rejected", "rejected", "refusé"},
    {"family.schema", "schema", "schéma"},
    {"family.spelling", "spelling", "orthographe"},
    {"family.typography", "typography", "typographie"},
    {"family.terminology", "terminology", "terminologie"},
    {"family.translation", "translation", "traduction"},
    {"family.medical", "medical", "médical"},
    {"family.suppression", "suppression", "suppression"},
    // Typography findings.
    {"typography.double-space", "{count} spaces in a row", "{count} espaces à la suite"},
    {"typography.ellipsis", "three dots: use the ellipsis character '…'",
     "trois points\u00A0: utilisez le caractère points de suspension «\u00A0…\u00A0»"},
    {"typography.missing-space-after", "missing space after ''{mark}''",
     "espace manquante après «\u00A0{mark}\u00A0»"},
    {"typography.nbsp-breaking-space.after",
     "breaking space after ''{mark}'': use a no-break "
     "space",
     "espace sécable après «\u00A0{mark}\u00A0»\u00A0: utilisez une espace insécable"},
    {"typography.nbsp-breaking-space.before",
     "breaking space before ''{mark}'': use a no-break "
     "space",
     "espace sécable avant «\u00A0{mark}\u00A0»\u00A0: utilisez une espace insécable"},
    {"typography.nbsp-missing.after", "missing no-break space after ''{mark}''",
     "espace insécable manquante après «\u00A0{mark}\u00A0»"},
    {"typography.nbsp-missing.before", "missing no-break space before ''{mark}''",
     "espace insécable manquante avant «\u00A0{mark}\u00A0»"},
    {"typography.ordinal", "ordinal ''{written}'' is abbreviated ''{right}'' in French",
     "l’ordinal «\u00A0{written}\u00A0» s’abrège «\u00A0{right}\u00A0» en français"},
    {"typography.space-before-comma", "space before ''{mark}''",
     "espace avant «\u00A0{mark}\u00A0»"},
    {"typography.wrong-apostrophe",
     "{name, select, opening_quote {opening quotation mark} acute_accent {acute "
     "accent} grave_accent {grave accent} other {{name}}} {character} used as an apostrophe: "
     "use ’",
     "{name, select, opening_quote {guillemet ouvrant} acute_accent {accent aigu} "
     "grave_accent {accent grave} other {{name}}} {character} employé comme "
     "apostrophe\u00A0: utilisez ’"},
    // Translation findings.
    {"translation.stale-unit",
     "unit ''{unit}'': the source changed after it was translated{previous, select, none {} "
     "other { (it was {previous})}}; review the translation and set its state again",
     "unité «\u00A0{unit}\u00A0»\u00A0: la source a changé après sa traduction{previous, "
     "select, none {} other { (elle était {previous})}}\u00A0; relisez la traduction et "
     "redonnez-lui un état"},
    {"translation.stale-source",
     "unit ''{unit}'': block ''{unit}'' of {article} changed after this translation was made "
     "(its source hash differs); run medloc extract, then review the translation and set its "
     "state again",
     "unité «\u00A0{unit}\u00A0»\u00A0: le bloc «\u00A0{unit}\u00A0» de {article} a changé "
     "après cette traduction (son empreinte de source diffère)\u00A0; lancez medloc extract, "
     "puis relisez la traduction et redonnez-lui un état"},
};

icu::Formattable formattable(const MessageArgument& argument) {
    if (argument.is_number) {
        char* end = nullptr;
        const long long value = std::strtoll(argument.text.c_str(), &end, 10);
        if (end != nullptr && *end == '\0')
            return icu::Formattable(static_cast<int64_t>(value));
    }
    return icu::Formattable(icu::UnicodeString::fromUTF8(argument.text));
}

// Formats one pattern; empty when ICU rejects it or its arguments.
std::string format_pattern(std::string_view pattern, const std::vector<MessageArgument>& arguments,
                           const char* locale) {
    UErrorCode status = U_ZERO_ERROR;
    icu::MessageFormat format(icu::UnicodeString::fromUTF8(pattern), icu::Locale(locale), status);
    if (U_FAILURE(status))
        return {};
    std::vector<icu::UnicodeString> names;
    std::vector<icu::Formattable> values;
    for (const MessageArgument& argument : arguments) {
        names.push_back(icu::UnicodeString::fromUTF8(argument.name));
        values.push_back(formattable(argument));
    }
    icu::UnicodeString result;
    format.format(names.data(), values.data(), static_cast<int32_t>(values.size()), result, status);
    if (U_FAILURE(status))
        return {};
    std::string text;
    result.toUTF8String(text);
    return text;
}

bool is_french(std::string_view language) {
    return language == "fr" || language.starts_with("fr-") || language.starts_with("fr_");
}

} // namespace

std::span<const CatalogueEntry> message_catalogue() {
    return kCatalogue;
}

std::string format_message(std::string_view id, const std::vector<MessageArgument>& arguments,
                           std::string_view language) {
    const auto* entry = std::find_if(std::begin(kCatalogue), std::end(kCatalogue),
                                     [&](const CatalogueEntry& e) { return e.id == id; });
    if (entry == std::end(kCatalogue))
        return std::string(id);
    if (is_french(language)) {
        std::string french = format_pattern(entry->french, arguments, "fr");
        if (!french.empty())
            return french;
    }
    std::string english = format_pattern(entry->english, arguments, "en");
    // A pattern ICU rejects is a bug the catalogue test catches; never an empty message.
    return english.empty() ? std::string(entry->english) : english;
}

std::string language_from_environment() {
    for (const char* variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* value = std::getenv(variable);
        if (value != nullptr && *value != '\0')
            return is_french(value) ? "fr" : "en";
    }
    return "en";
}

void set_message(Finding& finding, std::string_view id, std::vector<MessageArgument> arguments) {
    finding.message = format_message(id, arguments, "en");
    finding.message_id = std::string(id);
    finding.message_arguments = std::move(arguments);
}

std::string localized_message(const Finding& finding, std::string_view language) {
    if (finding.message_id.empty() || !is_french(language))
        return finding.message;
    return format_message(finding.message_id, finding.message_arguments, language);
}

} // namespace medloc
