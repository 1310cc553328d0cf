#include "config/settings.h"

namespace medloc {

const std::vector<SettingSpec>& setting_specs() {
    static const std::vector<SettingSpec> specs = {
        {"paths.content", "content", "content", "directory of the source articles", true},
        {"paths.translations", "translations", "translations",
         "directory of the XLIFF files, one folder per locale", true},
        {"paths.localized", "localized", "localized",
         "where merge writes localized articles: <dir>/<locale>/<id>.xml", true},
        {"paths.terminology", "terminology", "terminology",
         "directory of the termbase and word lists", true},
        {"paths.termbase", "termbase", "terminology/termbase.tbx",
         "TBX termbase (2008 or 2019 form); terms are checked and accepted by spelling", true},
        {"paths.schemas", "schemas", "schemas", "directory of medloc's XSD files", true},
        {"locales.source", "source-locale", "fr-FR", "locale of the source articles", false},
        {"locales.targets", "target-locales", "en-US",
         "comma-separated locales the content is translated into", false},
        {"locales.fallbacks", "fallbacks", "",
         "export: locales whose missing blocks come from other locales, unit by unit: "
         "LOCALE:FALLBACK[:FALLBACK...], comma-separated (fr-CA:fr-FR)",
         false},
        {"output.baseline", "baseline", "",
         "report only the findings this baseline file does not record (medloc baseline write)",
         true},
        {"output.format", "format", "text",
         "output format: text, json, sarif (SARIF 2.1.0), junit (JUnit XML) or github (GitHub "
         "Actions annotations)",
         false},
        {"output.file", "output", "", "write the report to this file instead of stdout", true},
        {"output.color", "color", "auto", "colour in text output: auto, always or never", false},
        {"cache.path", "cache", ".medloc/cache.sqlite",
         "SQLite cache of results: a file unchanged since a run with the same settings, "
         "schemas, word lists, termbase and dictionaries is not checked again; empty: no cache",
         true},
        {"report.language", "language", "",
         "interface language of the HTML report (medloc report): fr or en; empty: French when "
         "the source locale is French",
         false},
        {"run.jobs", "jobs", "0", "files checked in parallel; 0 means one per core", false},
        {"spelling.dictionary-path", "dictionary-path",
         "/usr/share/hunspell:/usr/share/myspell/dicts",
         "colon-separated directories searched for Hunspell .aff/.dic files", false},
        {"spelling.acronyms", "acronyms", "skip",
         "words in capitals (IST, VIH): skip, or check them against the dictionaries", false},
        {"spelling.french-1990", "french-1990", "accept",
         "French spellings of the 1990 rectifications (piqure, maitrise, cout): accept them "
         "beside the classic ones, or reject them (classic spellings only)",
         false},
        {"typography.nbsp", "nbsp", "nbsp",
         "space suggested before French : ; ! ? »: nbsp (U+00A0) or narrow (U+202F); both are "
         "accepted",
         false},
        {"medical.microgram", "microgram", "mcg",
         "how doses write micrograms: mcg (µg is reported, as ISMP advises), µg (mcg is "
         "reported) or any",
         false},
        {"medical.review-max-age", "review-max-age", "24",
         "months after which an approved medical review has expired", false},
        {"medical.today", "today", "",
         "the date review ages are counted to (YYYY-MM-DD); empty: today by the clock", false},
        {"limits.max-file-size", "max-file-size", "67108864",
         "largest file read, in bytes; larger files are reported, not read", false},
        {"limits.suggest-seconds", "suggest-seconds", "60",
         "seconds a run may spend in Hunspell's suggestion search for unknown words; then "
         "findings come with the suggestions of medloc's typo model only",
         false},
        {"limits.suggest-seconds-per-file", "suggest-seconds-per-file", "10",
         "the same, for one file", false},
    };
    return specs;
}

const SettingSpec* find_setting(std::string_view key) {
    for (const SettingSpec& spec : setting_specs())
        if (spec.key == key)
            return &spec;
    return nullptr;
}

} // namespace medloc
