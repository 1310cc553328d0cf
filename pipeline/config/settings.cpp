#include "config/settings.h"

namespace medloc {

namespace {

constexpr std::string_view kFormats[] = {"text", "json", "sarif", "junit", "github"};
constexpr std::string_view kColors[] = {"auto", "always", "never"};
constexpr std::string_view kReportLanguages[] = {"", "fr", "en"};

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
         "directory of the termbase and word lists", path},
        {"paths.termbase", "termbase", "terminology/termbase.tbx",
         "TBX termbase (2008 or 2019 form); terms are checked and accepted by spelling", path},
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
        {"cache.path", "cache", ".medloc/cache.sqlite",
         "SQLite cache of results: a file unchanged since a run with the same settings, "
         "schemas, word lists, termbase and dictionaries is not checked again; empty: no cache",
         path},
        {"report.language", "language", "",
         "interface language of the HTML report (medloc report): fr or en; empty: French when "
         "the source locale is French",
         choice, kReportLanguages, 0, UINT64_MAX,
         "report.language must be fr or en, not '{value}'"},
        {"run.jobs", "jobs", "0", "files checked in parallel; 0 means one per core", whole_number},
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
         "largest file read, in bytes; larger files are reported, not read",
         whole_number,
         {},
         1},
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
