#include "language/messages.h"

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <optional>

#include <unicode/fmtable.h>
#include <unicode/locid.h>
#include <unicode/msgfmt.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

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
    // Spelling findings. A word reported once for all its occurrences gives their count.
    {"spelling.unknown-word", "unknown word ''{word}''", "mot inconnu «\u00A0{word}\u00A0»"},
    {"spelling.unknown-name",
     "unknown name ''{word}'': if it is written right, add it to a project word list "
     "(terminology/*.txt){count, plural, =1 {} other { (# times in this article)}}",
     "nom inconnu «\u00A0{word}\u00A0»\u00A0: s’il est bien écrit, ajoutez-le à une liste de "
     "mots du projet (terminology/*.txt){count, plural, =1 {} other { (# fois dans cet "
     "article)}}"},
    {"spelling.unknown-term",
     "unknown term ''{word}'', far from every known word: if it is written right, add it to a "
     "project word list (terminology/*.txt){count, plural, =1 {} other { (# times in this "
     "article)}}",
     "terme inconnu «\u00A0{word}\u00A0», loin de tout mot connu\u00A0: s’il est bien écrit, "
     "ajoutez-le à une liste de mots du projet (terminology/*.txt){count, plural, =1 {} other "
     "{ (# fois dans cet article)}}"},
    {"spelling.foreign-word",
     "''{word}'' is {language_name}, not the text''s language: mark it with <foreign "
     "xml:lang=\"{language}\">, or add it to a project word list{count, plural, =1 {} other { "
     "(# times in this article)}}",
     "«\u00A0{word}\u00A0» est un mot {language_name}, pas de la langue du texte\u00A0: "
     "balisez-le avec <foreign xml:lang=\"{language}\">, ou ajoutez-le à une liste de mots du "
     "projet{count, plural, =1 {} other { (# fois dans cet article)}}"},
    {"spelling.foreign-word.other-script",
     "''{word}'' is in another script ({script_name}): mark its language with <foreign "
     "xml:lang=\"…\">{count, plural, =1 {} other { (# times in this article)}}",
     "«\u00A0{word}\u00A0» est dans une autre écriture ({script_name})\u00A0: indiquez sa langue "
     "avec <foreign xml:lang=\"…\">{count, plural, =1 {} other { (# fois dans cet article)}}"},
    {"spelling.keyboard-fallback.capitals",
     "capitals carry no accents in this article (''{word}'' for ''{fixed}''{words, plural, =1 "
     "{} other {, # words in all}}): French keeps the accents of capital letters",
     "les capitales ne portent pas d’accent dans cet article («\u00A0{word}\u00A0» pour "
     "«\u00A0{fixed}\u00A0»{words, plural, =1 {} other {, # mots en tout}})\u00A0: le français "
     "garde les accents des capitales"},
    {"spelling.keyboard-fallback.capital",
     "''{word}'' for ''{fixed}'': French keeps the accents of capital letters",
     "«\u00A0{word}\u00A0» pour «\u00A0{fixed}\u00A0»\u00A0: le français garde les accents des "
     "capitales"},
    {"spelling.keyboard-fallback.ligatures",
     "œ and æ are written as two letters in this article (''{word}'' for ''{fixed}''{words, "
     "plural, =1 {} other {, # words in all}}): French writes œ and æ as one letter (cœur, "
     "œdème)",
     "œ et æ sont écrits en deux lettres dans cet article («\u00A0{word}\u00A0» pour "
     "«\u00A0{fixed}\u00A0»{words, plural, =1 {} other {, # mots en tout}})\u00A0: le français "
     "écrit œ et æ en une seule lettre (cœur, œdème)"},
    {"spelling.keyboard-fallback.ligature",
     "''{word}'' for ''{fixed}'': French writes œ and æ as one letter (cœur, œdème)",
     "«\u00A0{word}\u00A0» pour «\u00A0{fixed}\u00A0»\u00A0: le français écrit œ et æ en une "
     "seule lettre (cœur, œdème)"},
    {"spelling.keyboard-fallback.accents",
     "no letter carries an accent in this article (''{word}'' for ''{fixed}''{words, plural, "
     "=1 {} other {, # words in all}}): the text lost its accents (typed without them, or "
     "converted to ASCII)",
     "aucune lettre ne porte d’accent dans cet article («\u00A0{word}\u00A0» pour "
     "«\u00A0{fixed}\u00A0»{words, plural, =1 {} other {, # mots en tout}})\u00A0: le texte a "
     "perdu ses accents (saisi sans eux, ou converti en ASCII)"},
    {"spelling.repeated-word", "repeated word ''{word}''", "mot répété «\u00A0{word}\u00A0»"},
    {"spelling.not-nfc",
     "text is not in Unicode NFC (a decomposed character{blocks, plural, =1 {} other {, in # "
     "blocks}}); normalise the file to NFC",
     "le texte n’est pas en Unicode NFC (un caractère décomposé{blocks, plural, =1 {} other {, "
     "dans # blocs}})\u00A0; normalisez le fichier en NFC"},
    {"spelling.no-dictionary",
     "no Hunspell dictionary for {locale}: its text is not spell-checked (install {package})",
     "aucun dictionnaire Hunspell pour {locale}\u00A0: l’orthographe du texte dans cette langue "
     "n’est pas vérifiée (installez {package})"},
    {"spelling.no-dictionary.no-locale",
     "no locale is declared for this text: it is not spell-checked",
     "aucune langue n’est déclarée pour ce texte\u00A0: son orthographe n’est pas vérifiée"},
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
    {"translation.stale-source",
     "unit ''{unit}'': block ''{unit}'' of {article} changed after this translation was made "
     "(its source hash differs); run medloc extract, then review the translation and set its "
     "state again",
     "unité «\u00A0{unit}\u00A0»\u00A0: le bloc «\u00A0{unit}\u00A0» de {article} a changé "
     "après cette traduction (son empreinte de source diffère)\u00A0; lancez medloc extract, "
     "puis relisez la traduction et redonnez-lui un état"},
    {"translation.number-mismatch",
     "{count, plural, one {number {added} ({value}) is not in the source} other {numbers "
     "{added} are not in the source}}; the source has {missing}",
     "{count, plural, one {le nombre {added} ({value}) n’est pas dans la source} other {les "
     "nombres {added} ne sont pas dans la source}}\u00A0; la source contient {missing}"},
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
    {"terminology.missing-translation",
     "source term ''{term}'' (concept {concept}) is not translated with ''{preferred}'' in unit "
     "''{unit}''",
     "le terme source «\u00A0{term}\u00A0» (concept {concept}) n’est pas traduit par "
     "«\u00A0{preferred}\u00A0» dans l’unité «\u00A0{unit}\u00A0»"},
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
    {"medical.review-stale",
     "the content changed after the medical review{date, select, none {} other { of {date}}}: "
     "{kind, select, unnamed {the approval does not record its blocks, so the changed ones "
     "cannot be named} moved {the blocks were moved (or the digest was edited by hand)} other "
     "{{changed, select, none {} other {{changedcount, plural, one {block {changed} changed} "
     "other {blocks {changed} changed}}}}{added, select, none {} other {{addedafter, select, "
     "yes {; } other {}}{addedcount, plural, one {block {added} added} other {blocks {added} "
     "added}}}}{removed, select, none {} other {{removedafter, select, yes {; } other "
     "{}}{removedcount, plural, one {block {removed} removed} other {blocks {removed} "
     "removed}}}}}}; have it reviewed again and record the approval with medloc approve",
     "le contenu a changé après la relecture médicale{date, select, none {} other { du "
     "{date}}}\u00A0: {kind, select, unnamed {l’approbation n’enregistre pas ses blocs, ceux "
     "qui ont changé ne peuvent donc pas être nommés} moved {les blocs ont été déplacés (ou "
     "l’empreinte modifiée à la main)} other {{changed, select, none {} other {{changedcount, "
     "plural, one {bloc {changed} modifié} other {blocs {changed} modifiés}}}}{added, select, "
     "none {} other {{addedafter, select, yes {\u00A0; } other {}}{addedcount, plural, one "
     "{bloc {added} ajouté} other {blocs {added} ajoutés}}}}{removed, select, none {} other "
     "{{removedafter, select, yes {\u00A0; } other {}}{removedcount, plural, one {bloc "
     "{removed} supprimé} other {blocs {removed} supprimés}}}}}}\u00A0; faites-le relire, puis "
     "enregistrez l’approbation avec medloc approve"},
    {"medical.review-no-digest",
     "article marked approved without a digest of the reviewed content: nothing binds the "
     "approval to this text; once reviewed, record it with medloc approve --reviewer NAME "
     "{path}",
     "article marqué approuvé sans empreinte du contenu relu\u00A0: rien ne lie l’approbation à "
     "ce texte\u00A0; une fois relu, enregistrez-la avec medloc approve --reviewer NOM {path}"},
    {"medical.review-no-digest.unknown-version",
     "the approval''s digest ''{digest}…'' is of a form this medloc does not know (it reads "
     "v{version}): update medloc, or record the approval again with medloc approve",
     "l’empreinte de l’approbation «\u00A0{digest}…\u00A0» est d’une forme que ce medloc ne "
     "connaît pas (il lit la v{version})\u00A0: mettez medloc à jour, ou enregistrez de "
     "nouveau l’approbation avec medloc approve"},
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
    // A dose's reading is medloc's own notation (value, unit symbol), the same in both
    // languages.
    {"medical.dose-mismatch",
     "{count, plural, one {dose {doses} ({reading}) is not in the source} other {doses {doses} "
     "are not in the source}}, which has {source}",
     "{count, plural, one {la dose {doses} ({reading}) n’est pas dans la source} other {les "
     "doses {doses} ne sont pas dans la source}}, qui contient {source}"},
    {"medical.dose-mismatch.added", "dose ''{dose}'' ({reading}) is not in the source",
     "la dose «\u00A0{dose}\u00A0» ({reading}) n’est pas dans la source"},
    {"medical.dose-mismatch.missing",
     "unit ''{unit}'': the source''s {count, plural, one {dose {doses} ({readings}) is} other "
     "{doses {doses} ({readings}) are}} not in the translation",
     "unité «\u00A0{unit}\u00A0»\u00A0: {count, plural, one {la dose {doses} ({readings}) de la "
     "source n’est pas} other {les doses {doses} ({readings}) de la source ne sont pas}} dans "
     "la traduction"},
    {"medical.review-expired",
     "medical review of {date} is {months, plural, one {# month} other {# months}} old on "
     "{today}, past the {max, plural, one {# month} other {# months}} allowed "
     "(medical.review-max-age): review the article again",
     "la relecture médicale du {date} a {months} mois le {today}, au-delà de la limite de {max} "
     "mois (medical.review-max-age)\u00A0: faites relire l’article à nouveau"},
    {"medical.review-missing",
     "article marked approved without the review''s {missing, select, reviewer {reviewer} date "
     "{date} other {reviewer and date}}: say who approved it and when (<review "
     "status=\"approved\" reviewer=\"…\" date=\"YYYY-MM-DD\"/>)",
     "article marqué approuvé sans {missing, select, reviewer {le relecteur} date {la date} "
     "other {le relecteur ni la date}} de la relecture\u00A0: indiquez qui l’a approuvé et quand "
     "(<review status=\"approved\" reviewer=\"…\" date=\"AAAA-MM-JJ\"/>)"},
    // The text output's own words, in French output (English output writes them itself).
    {"output.severity", "{severity, select, error {error} warning {warning} other {info}}:",
     "{severity, select, error {erreur} warning {avertissement} other {information}}\u00A0:"},
    {"output.did-you-mean", "(did you mean {suggestions}?)",
     "(vouliez-vous dire {suggestions}\u00A0?)"},
};

const CatalogueEntry* find_entry(std::string_view id) {
    const auto* entry = std::find_if(std::begin(kCatalogue), std::end(kCatalogue),
                                     [&](const CatalogueEntry& e) { return e.id == id; });
    return entry == std::end(kCatalogue) ? nullptr : entry;
}

// A list argument as the language quotes each item: 'a', 'b' or « a », « b ».
std::string quoted_items(const std::vector<std::string>& items, bool french) {
    std::string out;
    for (const std::string& item : items) {
        if (!out.empty())
            out += ", ";
        out += french ? "\u00AB\u00A0" + item + "\u00A0\u00BB" : "'" + item + "'";
    }
    return out;
}

// What the language `code` is called in French or in English (CLDR's names, through ICU);
// the code itself when ICU has no name for it.
std::string language_name(const std::string& code, bool french) {
    icu::UnicodeString name;
    icu::Locale(code.c_str()).getDisplayLanguage(icu::Locale(french ? "fr" : "en"), name);
    std::string out;
    name.toUTF8String(out);
    return out.empty() || out == code ? code : out;
}

// What the script named `script` (Unicode's name: Greek, Cyrillic) is called in French
// (CLDR's names: grec, cyrillique); in English, and for a name ICU does not know, the name
// itself.
std::string script_name(const std::string& script, bool french) {
    if (!french)
        return script;
    const int32_t code = u_getPropertyValueEnum(UCHAR_SCRIPT, script.c_str());
    if (code == UCHAR_INVALID_CODE)
        return script;
    const std::string short_name = uscript_getShortName(static_cast<UScriptCode>(code));
    icu::UnicodeString name;
    icu::Locale(("und_" + short_name).c_str()).getDisplayScript(icu::Locale("fr"), name);
    std::string out;
    name.toUTF8String(out);
    return out.empty() || out == short_name ? script : out;
}

icu::Formattable formattable(const MessageArgument& argument, bool french) {
    if (argument.is_list)
        return icu::Formattable(icu::UnicodeString::fromUTF8(quoted_items(argument.items, french)));
    if (argument.is_number) {
        char* end = nullptr;
        const long long value = std::strtoll(argument.text.c_str(), &end, 10);
        if (end != nullptr && *end == '\0')
            return icu::Formattable(static_cast<int64_t>(value));
    }
    return icu::Formattable(icu::UnicodeString::fromUTF8(argument.text));
}

// Formats one pattern; nothing when ICU rejects it or its arguments. English numbers
// follow en_US_POSIX: English plural rules, digits never grouped (medloc's English has
// always printed "1234 times", and scripts read CI logs).
std::optional<std::string> format_pattern(std::string_view pattern,
                                          const std::vector<MessageArgument>& arguments,
                                          bool french) {
    UErrorCode status = U_ZERO_ERROR;
    icu::MessageFormat format(icu::UnicodeString::fromUTF8(pattern),
                              icu::Locale(french ? "fr" : "en_US_POSIX"), status);
    if (U_FAILURE(status))
        return std::nullopt;
    std::vector<icu::UnicodeString> names;
    std::vector<icu::Formattable> values;
    for (const MessageArgument& argument : arguments) {
        names.push_back(icu::UnicodeString::fromUTF8(argument.name));
        values.push_back(formattable(argument, french));
    }
    // A language or a script given by code is also named in the message's language.
    const auto derive = [&](std::string_view from, const char* name,
                            std::string (*naming)(const std::string&, bool)) {
        const auto named = [&](std::string_view wanted) {
            return std::find_if(arguments.begin(), arguments.end(),
                                [&](const MessageArgument& a) { return a.name == wanted; });
        };
        const auto code = named(from);
        if (code == arguments.end() || named(name) != arguments.end())
            return;
        names.emplace_back(name);
        values.emplace_back(icu::UnicodeString::fromUTF8(naming(code->text, french)));
    };
    derive("language", "language_name", language_name);
    derive("script", "script_name", script_name);
    icu::UnicodeString result;
    format.format(names.data(), values.data(), static_cast<int32_t>(values.size()), result, status);
    if (U_FAILURE(status))
        return std::nullopt;
    std::string text;
    result.toUTF8String(text);
    return text;
}

} // namespace

std::span<const CatalogueEntry> message_catalogue() {
    return kCatalogue;
}

bool is_french(std::string_view language) {
    return language == "fr" || language.starts_with("fr-") || language.starts_with("fr_");
}

MessageArgument quoted_list(std::string name, std::vector<std::string> items) {
    return {std::move(name), {}, false, true, std::move(items)};
}

std::string format_message(std::string_view id, const std::vector<MessageArgument>& arguments,
                           std::string_view language) {
    const CatalogueEntry* entry = find_entry(id);
    if (entry == nullptr)
        return std::string(id);
    if (is_french(language))
        if (auto french = format_pattern(entry->french, arguments, true))
            return std::move(*french);
    // A pattern ICU rejects is a bug the catalogue test catches; never an empty message.
    auto english = format_pattern(entry->english, arguments, false);
    return english ? std::move(*english) : std::string(entry->english);
}

std::optional<std::string> try_format_message(std::string_view id,
                                              const std::vector<MessageArgument>& arguments,
                                              std::string_view language) {
    const CatalogueEntry* entry = find_entry(id);
    if (entry == nullptr)
        return std::nullopt;
    const bool french = is_french(language);
    return format_pattern(french ? entry->french : entry->english, arguments, french);
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
