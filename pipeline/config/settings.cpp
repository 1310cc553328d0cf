#include "config/settings.h"

namespace medloc {

namespace {

constexpr std::string_view kFormats[] = {"text", "json", "sarif", "junit", "github"};
constexpr std::string_view kColors[] = {"auto", "always", "never"};
constexpr std::string_view kReportLanguages[] = {"", "fr", "en"};
constexpr std::string_view kAcronymChoices[] = {"skip", "check"};
constexpr std::string_view kFrench1990Choices[] = {"accept", "reject"};

} // namespace

const std::vector<SettingSpec>& setting_specs() {
    using enum SettingKind;
    static const std::vector<SettingSpec> specs = {
        {"paths.content", "content", "content", "directory of the source articles", path},
        {"paths.translations", "translations", "translations",
         "directory of the XLIFF files, one folder per locale", path},
        {"paths.localized", "localized", "localized",
         "where merge writes localized articles: <dir>/<locale>/<id>.xml", path},
        {"paths.terminology", "terminology", "terminology",
         "directory of the termbase, word lists (*.txt) and usage files (*.usage: calques)", path},
        {"paths.termbase", "termbase", "terminology/termbase.tbx",
         "TBX termbase (2008 or 2019 form); terms are checked and accepted by spelling", path},
        {"paths.kits", "kits", "kits",
         "where kit create records the manifest of each kit (kit import checks returns against "
         "it)",
         path},
        {"paths.schemas", "schemas", "schemas", "directory of medloc's XSD files", path},
        {"locales.source", "source-locale", "fr-FR", "locale of the source articles", text},
        {"locales.targets", "target-locales", "en-US",
         "comma-separated locales the content is translated into", locale_list},
        {"locales.fallbacks", "fallbacks", "",
         "export: locales whose missing blocks come from other locales, unit by unit: "
         "LOCALE:FALLBACK[:FALLBACK...], comma-separated (fr-CA:fr-FR)",
         fallbacks},
        {"output.baseline", "baseline", "",
         "report only the findings this baseline file does not record (medloc baseline write)",
         path},
        {"output.format", "format", "text",
         "output format: text, json, sarif (SARIF 2.1.0), junit (JUnit XML) or github (GitHub "
         "Actions annotations)",
         choice, kFormats, 0, UINT64_MAX, "unknown format '{value}' (known formats: {choices})"},
        {"output.file", "output", "", "write the report to this file instead of stdout", path},
        {"output.color", "color", "auto", "colour in text output: auto, always or never", choice,
         kColors},
        {"output.rules-url", "rules-url", "",
         "absolute URL of the rule pages (docs/rules/ published somewhere): SARIF links each "
         "rule to URL/<rule-id>.md; empty: no link (the pages are embedded as help)",
         url},
        {"cache.path", "cache", ".medloc/cache.sqlite",
         "SQLite cache of results: a file unchanged since a run with the same settings, "
         "schemas, word lists, termbase and dictionaries is not checked again; empty: no cache",
         path},
        {"report.language", "language", "",
         "the language medloc speaks to people, fr or en: the HTML report (empty: French when "
         "the source locale is French) and the messages and summary of text output (empty: "
         "the locale of LC_ALL, LC_MESSAGES or LANG; English unless French)",
         choice, kReportLanguages, 0, UINT64_MAX,
         "report.language must be fr or en, not '{value}'"},
        {"run.jobs", "jobs", "0",
         "files checked in parallel; 0 means one per core; at most twice the cores", whole_number},
        {"medical.today", "today", "",
         "the date the run takes as today, for review ages and the report (YYYY-MM-DD); empty: "
         "today by the clock",
         date},
        {"review.reviewers", "", "",
         "medloc approve: the names a --reviewer may take, comma-separated; empty: any name", text},
        {"spelling.dictionary-path", "dictionary-path",
         "/usr/share/hunspell:/usr/share/myspell/dicts",
         "colon-separated directories searched for Hunspell .aff/.dic files", text},
        {"limits.max-file-size",
         "max-file-size",
         "67108864",
         "largest file read, in bytes; larger files are reported, not read (at most 4 GiB: "
         "positions are 32-bit)",
         whole_number,
         {},
         1,
         UINT32_MAX},
        {"spelling.acronyms", "acronyms", "skip",
         "words in capitals (IST, VIH): skip, or check them against the dictionaries", choice,
         kAcronymChoices},
        {"spelling.french-1990", "french-1990", "accept",
         "French spellings of the 1990 rectifications (piqure, maitrise, cout): accept them "
         "beside the classic ones, or reject them (classic spellings only)",
         choice, kFrench1990Choices},
        {"limits.suggest-seconds", "suggest-seconds", "60",
         "seconds a run may spend in Hunspell's suggestion search for unknown words; then "
         "findings come with the suggestions of medloc's typo model only",
         whole_number},
        {"limits.suggest-seconds-per-file", "suggest-seconds-per-file", "10",
         "the same, for one file", whole_number},
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
