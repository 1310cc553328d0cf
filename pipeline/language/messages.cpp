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
    // Schema findings. A loading problem's detail is the loader's (often libxml2's) text.
    {"schema.unreadable", "{detail}", "fichier illisible\u00A0: {detail}"},
    {"schema.encoding", "{detail}", "encodage incorrect\u00A0: {detail}"},
    {"schema.not-well-formed", "{detail}", "XML mal formé\u00A0: {detail}"},
    {"schema.doctype", "{detail}", "DOCTYPE refusé\u00A0: {detail}"},
    {"schema.invalid", "{detail}", "document non valide\u00A0: {detail}"},
    {"schema.duplicate-id",
     "duplicate id ''{id}'' (first used by <{element}> at line {line}, column {column})",
     "identifiant «\u00A0{id}\u00A0» en double (déjà employé par <{element}> ligne {line}, "
     "colonne {column})"},
    {"schema.id-mismatch", "article id ''{id}'' differs from the file name ''{expected}.xml''",
     "l’identifiant d’article «\u00A0{id}\u00A0» diffère du nom de fichier "
     "«\u00A0{expected}.xml\u00A0»"},
    // Typography findings.
    {"typography.bidi-control",
     "invisible bidirectional control {control}: it reorders the text a reader sees; remove it",
     "caractère de contrôle bidirectionnel invisible {control}\u00A0: il change l’ordre du "
     "texte que voit le lecteur\u00A0; supprimez-le"},
    {"typography.decimal-point", "decimal point in a French number: write ''{number}''",
     "point décimal dans un nombre en français\u00A0: écrivez «\u00A0{number}\u00A0»"},
    {"typography.mixed-apostrophes.straight",
     "straight apostrophe ' in an article that uses ’ ({count} times)",
     "apostrophe droite ' dans un article qui emploie ’ ({count} fois)"},
    {"typography.mixed-apostrophes.typographic",
     "typographic apostrophe ’ in an article that uses ' ({count} times)",
     "apostrophe typographique ’ dans un article qui emploie ' ({count} fois)"},
    {"typography.number-unit-space.glued", "number glued to its unit: write ''{number} {unit}''",
     "nombre collé à son unité\u00A0: écrivez «\u00A0{number}\u00A0{unit}\u00A0»"},
    {"typography.number-unit-space.breaking",
     "breaking space between ''{number}'' and ''{unit}'': use a no-break space",
     "espace sécable entre «\u00A0{number}\u00A0» et «\u00A0{unit}\u00A0»\u00A0: utilisez une "
     "espace insécable"},
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
    {"translation.inline-codes.missing", "unit ''{unit}'': code {code} of the source is missing",
     "unité «\u00A0{unit}\u00A0»\u00A0: le code {code} de la source manque"},
    {"translation.inline-codes.nesting",
     "unit ''{unit}'': code {code} is nested differently than in the source",
     "unité «\u00A0{unit}\u00A0»\u00A0: le code {code} est imbriqué autrement que dans la "
     "source"},
    {"translation.inline-codes.extra", "unit ''{unit}'': code {code} is not in the source",
     "unité «\u00A0{unit}\u00A0»\u00A0: le code {code} n’est pas dans la source"},
    {"translation.missing-target", "no target in unit ''{unit}''",
     "aucune cible dans l’unité «\u00A0{unit}\u00A0»"},
    {"translation.missing-target.empty", "empty target in unit ''{unit}''",
     "cible vide dans l’unité «\u00A0{unit}\u00A0»"},
    {"translation.untranslated", "the target of unit ''{unit}'' is the source text, untranslated",
     "la cible de l’unité «\u00A0{unit}\u00A0» est le texte source, non traduit"},
    {"translation.stale-unit",
     "unit ''{unit}'': the source changed after it was translated{previous, select, none {} "
     "other { (it was {previous})}}; review the translation and set its state again",
     "unité «\u00A0{unit}\u00A0»\u00A0: la source a changé après sa traduction{previous, "
     "select, none {} other { (elle était {previous})}}\u00A0; relisez la traduction et "
     "redonnez-lui un état"},
    // Terminology findings.
    {"terminology.deprecated-term", "{status} term ''{term}'' (concept {concept})",
     "terme {status, select, deprecated {déconseillé} superseded {remplacé} other {{status}}} "
     "«\u00A0{term}\u00A0» (concept {concept})"},
    {"terminology.deprecated-term.use",
     "{status} term ''{term}'' (concept {concept}): use ''{preferred}''",
     "terme {status, select, deprecated {déconseillé} superseded {remplacé} other {{status}}} "
     "«\u00A0{term}\u00A0» (concept {concept})\u00A0: employez «\u00A0{preferred}\u00A0»"},
    {"terminology.admitted-term",
     "admitted term ''{term}'' (concept {concept}); the preferred term is ''{preferred}''",
     "terme admis «\u00A0{term}\u00A0» (concept {concept})\u00A0; le terme privilégié est "
     "«\u00A0{preferred}\u00A0»"},
    {"terminology.mixed-synonyms",
     "''{term}'' and ''{other}'' name one concept ({concept}) in this article: keep one",
     "«\u00A0{term}\u00A0» et «\u00A0{other}\u00A0» désignent le même concept ({concept}) dans "
     "cet article\u00A0: n’en gardez qu’un"},
    // Usage findings: the explanation is the rulebook's own text.
    {"usage.false-friend",
     "false friend ''{term}'' (English \"{english}\", entry {entry}): {explanation}",
     "faux ami «\u00A0{term}\u00A0» (anglais «\u00A0{english}\u00A0», entrée {entry})\u00A0: "
     "{explanation}"},
    {"usage.calque", "calque ''{term}'' (English \"{english}\", entry {entry}): {explanation}",
     "calque «\u00A0{term}\u00A0» (de l’anglais «\u00A0{english}\u00A0», entrée "
     "{entry})\u00A0: {explanation}"},
    // Suppression findings.
    {"suppression.missing-reason",
     "medloc-ignore without a reason: say why, as in <?medloc-ignore spelling.unknown-word "
     "reason=\"brand name\"?>",
     "medloc-ignore sans raison\u00A0: dites pourquoi, comme dans <?medloc-ignore "
     "spelling.unknown-word reason=\"nom de marque\"?>"},
    {"suppression.unknown-rule",
     "medloc-ignore names ''{rule}'', which is not a rule (medloc rules lists them)",
     "medloc-ignore nomme «\u00A0{rule}\u00A0», qui n’est pas une règle (medloc rules les "
     "énumère)"},
    {"suppression.unknown-rule.none", "medloc-ignore names no rule",
     "medloc-ignore ne nomme aucune règle"},
    {"suppression.unused", "medloc-ignore of {rules} suppressed nothing: remove it",
     "medloc-ignore de {rules} n’a rien masqué\u00A0: supprimez-le"},
    // Medical findings.
    {"medical.bidi-control-in-dose",
     "bidirectional control {control} in ''{amount}'': it can show the digits in another order "
     "than they are written; remove it",
     "caractère de contrôle bidirectionnel {control} dans «\u00A0{amount}\u00A0»\u00A0: il peut "
     "afficher les chiffres dans un autre ordre que celui où ils sont écrits\u00A0; "
     "supprimez-le"},
    {"medical.error-prone-unit.u",
     "error-prone unit in the dose ''{dose}'': 'U' is misread as 0 or 4; write ''{better}''",
     "unité source d’erreurs dans la dose «\u00A0{dose}\u00A0»\u00A0: «\u00A0U\u00A0» se lit à "
     "tort 0 ou 4\u00A0; écrivez «\u00A0{better}\u00A0»"},
    {"medical.error-prone-unit.iu",
     "error-prone unit in the dose ''{dose}'': 'UI' and 'IU' are misread as IV or 10; write "
     "''{better}''",
     "unité source d’erreurs dans la dose «\u00A0{dose}\u00A0»\u00A0: «\u00A0UI\u00A0» et "
     "«\u00A0IU\u00A0» se lisent à tort IV ou 10\u00A0; écrivez «\u00A0{better}\u00A0»"},
    {"medical.error-prone-unit.cc",
     "error-prone unit in the dose ''{dose}'': 'cc' is misread as U or as 00; write ''{better}''",
     "unité source d’erreurs dans la dose «\u00A0{dose}\u00A0»\u00A0: «\u00A0cc\u00A0» se lit à "
     "tort U ou 00\u00A0; écrivez «\u00A0{better}\u00A0»"},
    {"medical.latin-abbreviation",
     "Latin abbreviation ''{abbreviation}'' in patient content: write ''{plain}''",
     "abréviation latine «\u00A0{abbreviation}\u00A0» dans un contenu pour les patients\u00A0: "
     "écrivez «\u00A0{plain}\u00A0»"},
    {"medical.missing-leading-zero",
     "dose ''{dose}'' without its leading zero: write ''{fixed}'', which cannot be misread as "
     "ten times the dose",
     "dose «\u00A0{dose}\u00A0» sans son zéro initial\u00A0: écrivez «\u00A0{fixed}\u00A0», qui "
     "ne peut pas être lu comme dix fois la dose"},
    {"medical.trailing-zero",
     "trailing zero in the dose ''{dose}'': write ''{fixed}'', which cannot be misread as ten "
     "times the dose",
     "zéro final dans la dose «\u00A0{dose}\u00A0»\u00A0: écrivez «\u00A0{fixed}\u00A0», qui ne "
     "peut pas être lu comme dix fois la dose"},
    {"medical.microgram-notation.mcg",
     "micrograms written ''{written}'' in the dose ''{dose}'': 'µg' is misread as 'mg', a "
     "thousand times the dose; the project writes 'mcg' (medical.microgram)",
     "microgrammes écrits «\u00A0{written}\u00A0» dans la dose «\u00A0{dose}\u00A0»\u00A0: "
     "«\u00A0µg\u00A0» se lit à tort «\u00A0mg\u00A0», mille fois la dose\u00A0; le projet "
     "écrit «\u00A0mcg\u00A0» (medical.microgram)"},
    {"medical.microgram-notation.symbol",
     "micrograms written ''{written}'' in the dose ''{dose}'': the project writes 'µg' "
     "(medical.microgram)",
     "microgrammes écrits «\u00A0{written}\u00A0» dans la dose «\u00A0{dose}\u00A0»\u00A0: le "
     "projet écrit «\u00A0µg\u00A0» (medical.microgram)"},
    {"medical.dose-element-mismatch.unknown",
     "dose element value=\"{value}\" unit=\"{unit}\": the unit or value is not one medloc knows, "
     "so the text ''{text}'' cannot be checked against it",
     "élément <dose> value=\"{value}\" unit=\"{unit}\"\u00A0: medloc ne connaît pas cette unité "
     "ou cette valeur, et ne peut donc pas vérifier le texte «\u00A0{text}\u00A0»"},
    {"medical.dose-element-mismatch.no-dose",
     "dose element value=\"{value}\" unit=\"{unit}\" ({stated}): its text ''{text}'' states no "
     "dose",
     "élément <dose> value=\"{value}\" unit=\"{unit}\" ({stated})\u00A0: son texte "
     "«\u00A0{text}\u00A0» n’indique aucune dose"},
    {"medical.dose-element-mismatch",
     "dose element value=\"{value}\" unit=\"{unit}\" ({stated}) but its text reads ''{text}'' "
     "({found})",
     "élément <dose> value=\"{value}\" unit=\"{unit}\" ({stated}), mais son texte indique "
     "«\u00A0{text}\u00A0» ({found})"},
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
