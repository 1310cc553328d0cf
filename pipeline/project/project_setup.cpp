#include "project/project_setup.h"

#include "checks/schema/load_issue_findings.h"
#include "config/data_files.h"
#include "core/calendar_date.h"
#include "engine/parallel_run.h"
#include "loading/xml_parser.h"
#include "terminology/tbx_reader.h"

#include <chrono>
#include <filesystem>

namespace medloc {

Result<LoadedTermbase> load_project_termbase(const Config& config) {
    LoadedTermbase loaded;
    const SettingValue& setting = config.setting("paths.termbase");
    std::error_code ec;
    if (setting.value.empty())
        return loaded;
    if (!std::filesystem::exists(setting.value, ec)) {
        // The built-in default may be absent; a termbase someone named must exist.
        if (setting.origin == SettingOrigin::built_in)
            return loaded;
        return Error{"termbase not found: " + setting.value};
    }
    loaded.path = setting.value;
    std::optional<XmlSchema> schema;
    if (auto schema_path = find_schema(config, "tbx-basic.xsd")) {
        auto compiled = XmlSchema::compile(schema_path.value());
        if (!compiled)
            return compiled.error();
        schema.emplace(std::move(compiled).value());
    }
    ReadLimits limits;
    limits.max_bytes = config.settings().max_file_size;
    TermbaseLoad load = load_termbase(loaded.path, schema ? &*schema : nullptr, limits);
    loaded.findings =
        findings_for(load.issues, loaded.path, std::filesystem::path(loaded.path).stem().string());
    loaded.termbase = std::move(load.termbase);
    return loaded;
}

namespace {

// Every word of every term, by language: the spelling check accepts termbase terms.
void add_termbase_words(const Termbase& termbase, WordLists& lists) {
    for (const Concept& entry : termbase.concepts) {
        for (const LanguageSection& section : entry.languages) {
            auto& words = lists.by_language[language_of(section.locale)];
            for (const Term& term : section.terms) {
                std::size_t start = 0;
                const std::string& text = term.text;
                while (start < text.size()) {
                    std::size_t end = text.find_first_of(" -", start);
                    if (end == std::string::npos)
                        end = text.size();
                    if (end > start)
                        words.push_back(text.substr(start, end - start));
                    start = end + 1;
                }
            }
        }
    }
}

} // namespace

FileCheckerOptions checker_options(const Config& config, const ProjectSetup& setup,
                                   bool content_rules) {
    FileCheckerOptions options;
    options.limits.max_bytes = config.settings().max_file_size;
    options.run_content_rules = content_rules;
    options.xliff_schemas.version_2_0 = setup.xliff_2_0_schema ? &*setup.xliff_2_0_schema : nullptr;
    options.xliff_schemas.version_2_2 = setup.xliff_2_2_schema ? &*setup.xliff_2_2_schema : nullptr;
    options.layout = {config.settings().paths.content, config.settings().paths.translations};
    return options;
}

void note_suggestion_budget(const Config& config, const ProjectSetup& setup, std::ostream& err) {
    if (!setup.spelling)
        return;
    const std::size_t cut = setup.spelling->suggestion_budget().words_cut();
    if (cut == 0)
        return;
    err << "medloc: note: " << cut << (cut == 1 ? " unknown word was" : " unknown words were")
        << " reported with fewer suggestions: the time for spelling suggestions was spent "
           "(limits.suggest-seconds = "
        << config.settings().spelling.suggest_seconds
        << " per run, limits.suggest-seconds-per-file = "
        << config.settings().spelling.suggest_seconds_per_file << ")\n";
}

ConfigRequest rules_config_request() {
    ConfigRequest request;
    request.rule_options = builtin_rules().option_specs();
    for (const RuleInfo& info : builtin_rules().infos())
        request.known_rule_ids.emplace_back(info.id);
    return request;
}

FileChecker make_file_checker(const Config& config, const ProjectSetup& setup, bool content_rules) {
    return FileChecker(*setup.article_schema, setup.rules, config.settings().severities,
                       checker_options(config, setup, content_rules), setup.services);
}

int jobs_from(const Config& config) {
    // Too large for an int is "as many as allowed" (effective_jobs caps it).
    const unsigned configured = config.settings().jobs;
    return effective_jobs(configured > static_cast<unsigned>(max_parallel_jobs())
                              ? max_parallel_jobs()
                              : static_cast<int>(configured));
}

Result<XmlSchema> compile_article_schema(const Config& config) {
    initialise_secure_xml();
    auto schema_path = find_schema(config, "article.xsd");
    if (!schema_path)
        return schema_path.error();
    return XmlSchema::compile(schema_path.value());
}

Result<std::unique_ptr<ProjectSetup>> prepare_project(const Config& config, bool content_rules) {
    auto setup = std::make_unique<ProjectSetup>();
    setup->rules = make_builtin_rules(config.settings().rule_options);
    auto schema = compile_article_schema(config);
    if (!schema)
        return schema.error();
    setup->article_schema.emplace(std::move(schema).value());
    for (auto [file_name, slot] :
         {std::pair{"xliff-2.0/xliff-modules.xsd", &setup->xliff_2_0_schema},
          std::pair{"xliff-2.2/xliff-modules.xsd", &setup->xliff_2_2_schema}}) {
        auto path = find_schema(config, file_name);
        if (!path)
            return path.error();
        auto compiled = XmlSchema::compile(path.value(), 1);
        if (!compiled)
            return compiled.error();
        slot->emplace(std::move(compiled).value());
    }
    if (!content_rules)
        return setup;

    // Word lists and the termbase are read now, so that a broken one is known before
    // any article is checked; dictionaries are found per locale on first use.
    // The word lists installed with medloc, then the project's (which replace same-named ones).
    std::vector<std::string> word_list_folders;
    if (auto installed = installed_data_folders("terminology"); !installed.empty())
        word_list_folders.push_back(installed.front());
    word_list_folders.push_back(config.settings().paths.terminology);
    auto word_lists = load_word_lists(word_list_folders);
    if (!word_lists)
        return word_lists.error();
    // Usage entries (calques, false friends) come from the same folders, the same way.
    auto usage = load_usage_files(word_list_folders);
    if (!usage)
        return usage.error();
    auto termbase = load_project_termbase(config);
    if (!termbase)
        return termbase.error();
    setup->termbase_findings = std::move(termbase.value().findings);
    setup->termbase_path = termbase.value().path;
    if (termbase.value().termbase)
        add_termbase_words(*termbase.value().termbase, word_lists.value());

    const Settings::Spelling& spelling_settings = config.settings().spelling;
    SpellingOptions spelling;
    spelling.french_1990 = spelling_settings.french_1990 ? French1990::accept : French1990::reject;
    spelling.suggestion_limits.per_run = std::chrono::seconds(spelling_settings.suggest_seconds);
    spelling.suggestion_limits.per_file =
        std::chrono::seconds(spelling_settings.suggest_seconds_per_file);
    setup->spelling = std::make_unique<SpellingService>(config.settings().dictionary_path,
                                                        std::move(word_lists).value(), spelling);
    if (termbase.value().termbase)
        setup->terminology = std::make_unique<TerminologyService>(
            std::move(*termbase.value().termbase), setup->spelling.get());
    if (!usage.value().entries.empty())
        setup->usage =
            std::make_unique<UsageService>(std::move(usage).value(), setup->spelling.get());
    setup->services.spelling = setup->spelling.get();
    setup->services.usage = setup->usage.get();
    setup->services.terminology = setup->terminology.get();
    setup->services.configured_locales = config.settings().locales.targets;
    setup->services.configured_locales.push_back(config.settings().locales.source);
    setup->services.today = config.settings().today;
    setup->services.check_acronyms = config.settings().spelling.check_acronyms;
    return setup;
}

} // namespace medloc
