#include "cli/command.h"
#include "cli/translation_project.h"
#include "core/atomic_file.h"
#include "core/wording.h"
#include "engine/file_discovery.h"
#include "export/source_revision.h"
#include "kit/kit_create.h"
#include "kit/kit_import.h"

#include <filesystem>

namespace medloc {

namespace po = boost::program_options;

namespace {

constexpr std::string_view kUsage =
    "Usage: medloc kit create --locale L... [--scope missing|stale|all] [--xliff-version 2.1|1.2]\n"
    "                         --out KIT.zip [ARTICLE|DIR...]\n"
    "       medloc kit import [--force] [--report FILE.json] [--manifest kit.json] "
    "KIT-RETURNED.zip|DIR\n\n"
    "create: one zip for translators: per article and locale the units that need work as XLIFF\n"
    "(missing and stale by default), approved neighbours as locked context, the terms in use\n"
    "(TBX, CSV), the project's conventions and kit.json (units, source hashes, words to quote);\n"
    "the manifest is recorded in paths.kits. SOURCE_DATE_EPOCH makes it reproducible.\n"
    "import: reads what came back (XLIFF 2 or 1.2, from any tool), checks every unit (part of\n"
    "the kit, source unchanged, source still current, the project's rules) and merges accepted\n"
    "targets into translations/; a newer final target is kept unless --force.\n"
    "Exit status: 0 done, 1 some units rejected or conflicting, 2 refused or error.";

int usage_error(Terminal& terminal) {
    terminal.err << kUsage << '\n';
    return kExitUsage;
}

int run_create(const std::vector<std::string>& arguments, Terminal& terminal) {
    po::options_description extra("Kit");
    extra.add_options()("out", po::value<std::string>(), "the kit archive to write (.zip)")(
        "scope", po::value<std::string>()->default_value("missing,stale"),
        "missing, stale, all, or a comma-separated list")(
        "xliff-version", po::value<std::string>()->default_value("2.1"), "2.1 or 1.2");
    auto opened = open_translation_project(arguments, terminal, "kit create", kUsage, extra, true);
    if (auto* code = std::get_if<int>(&opened))
        return *code;
    TranslationProject& project = std::get<TranslationProject>(opened);
    const Settings& settings = project.config.settings();
    if (!project.options.count("out")) {
        terminal.err << "medloc kit create: --out KIT.zip is required\n";
        return kExitUsage;
    }
    if (project.locales.empty()) {
        terminal.err << "medloc kit create: no target locale (--locale or locales.targets)\n";
        return kExitUsage;
    }
    auto scope = parse_kit_scope(project.options["scope"].as<std::string>());
    if (!scope) {
        terminal.err << "medloc kit create: " << scope.error().message << '\n';
        return kExitUsage;
    }
    const std::string version = project.options["xliff-version"].as<std::string>();
    if (version != "2.1" && version != "1.2") {
        terminal.err << "medloc kit create: --xliff-version is 2.1 or 1.2, not '" << version
                     << "'\n";
        return kExitUsage;
    }
    KitCreateRequest request;
    request.article_paths = project.files;
    request.article_schema = &*project.setup->article_schema;
    request.limits.max_bytes = settings.max_file_size;
    request.source_locale = settings.locales.source;
    request.locales = project.locales;
    request.translations_dir = settings.paths.translations;
    request.scope = scope.value();
    request.xliff_version = version;
    request.services = &project.setup->services;
    request.rule_options = settings.rule_options;
    request.severities = settings.severities;
    request.created = kit_creation_time();
    request.source_revision =
        git_head_commit(settings.paths.content.empty() ? std::string(".") : settings.paths.content);
    auto kit = create_kit(request);
    if (!kit) {
        terminal.err << "medloc: " << kit.error().message << '\n';
        return kExitUsage;
    }
    for (const std::string& warning : kit.value().warnings)
        terminal.err << "medloc: " << warning << '\n';
    const std::string out = project.options["out"].as<std::string>();
    if (Status written = publish_kit(kit.value(), out, settings.paths.kits, request.created);
        !written) {
        terminal.err << "medloc: " << written.error().message << '\n';
        return kExitUsage;
    }
    const KitManifest& manifest = kit.value().manifest;
    terminal.out << "medloc kit: " << manifest.kit_id << " written to " << out << ": "
                 << counted(static_cast<long long>(manifest.files.size()), "file") << ", "
                 << counted(static_cast<long long>(manifest.units.size()), "unit") << ", "
                 << counted(static_cast<long long>(manifest.context.size()), "context unit")
                 << '\n';
    for (const std::string& locale : manifest.target_locales) {
        const auto found = manifest.words.find(locale);
        const QuoteWords words = found == manifest.words.end() ? QuoteWords{} : found->second;
        terminal.out << locale << ": " << counted(words.units, "unit") << ", " << words.total()
                     << " words: " << words.new_words << " new, " << words.stale_words << " stale, "
                     << words.repeated_words << " repeated";
        if (scope.value().current)
            terminal.out << ", " << words.review_words << " to review";
        terminal.out << '\n';
    }
    return kExitClean;
}

int run_import(const std::vector<std::string>& arguments, Terminal& terminal) {
    po::options_description extra("Kit");
    extra.add_options()("force", "replace newer final targets in translations/")(
        "report", po::value<std::string>(), "write the per-unit report as JSON to this file")(
        "manifest", po::value<std::string>(), "the kit's kit.json, when the return lacks it");
    auto opened = open_translation_project(arguments, terminal, "kit import", kUsage, extra, true);
    if (auto* code = std::get_if<int>(&opened))
        return *code;
    TranslationProject& project = std::get<TranslationProject>(opened);
    const Settings& settings = project.config.settings();
    const auto inputs = project.options.count("paths")
                            ? project.options["paths"].as<std::vector<std::string>>()
                            : std::vector<std::string>{};
    if (inputs.size() != 1) {
        terminal.err << "medloc kit import: give one returned kit (a .zip or a folder)\n";
        return kExitUsage;
    }
    auto articles = discover_files({settings.paths.content}, {".xml"});
    if (!articles) {
        terminal.err << "medloc: " << articles.error().message << '\n';
        return kExitUsage;
    }
    const FileChecker checker = make_file_checker(project.config, *project.setup, true);
    KitImportRequest request;
    request.returned_path = inputs.front();
    if (project.options.count("manifest"))
        request.manifest_path = project.options["manifest"].as<std::string>();
    request.record_dir = settings.paths.kits;
    request.article_paths = articles.value();
    request.article_schema = &*project.setup->article_schema;
    request.limits.max_bytes = settings.max_file_size;
    request.archive_limits.max_entry_bytes = settings.max_file_size;
    request.translations_dir = settings.paths.translations;
    request.source_locale = settings.locales.source;
    request.checker = &checker;
    request.force = project.options.count("force") > 0;
    auto imported = import_kit(request);
    if (!imported) {
        terminal.err << "medloc kit import: " << imported.error().message
                     << "\nmedloc kit import: nothing written\n";
        return kExitUsage;
    }
    const KitImportResult& result = imported.value();
    for (const std::string& note : result.notes)
        terminal.err << "medloc kit import: " << note << '\n';
    for (const std::string& ignored : result.ignored)
        terminal.err << "medloc kit import: ignored " << ignored << '\n';
    for (const ImportedUnit& unit : result.units) {
        terminal.out << unit.locale << ' ' << unit.article << '/' << unit.unit << ": "
                     << to_string(unit.outcome);
        if (!unit.reason.empty() && unit.outcome != ImportOutcome::imported)
            terminal.out << " (" << unit.reason << ")";
        if (!unit.returned_file.empty() && unit.outcome == ImportOutcome::rejected)
            terminal.out << " [" << unit.returned_file << ":" << unit.line << "]";
        terminal.out << '\n';
        for (const Finding& finding : unit.findings)
            if (finding.severity != Severity::error)
                terminal.out << "  " << to_string(finding.severity) << ": " << finding.message
                             << " [" << finding.rule_id << "]\n";
    }
    terminal.out << "medloc kit import: " << result.kit_id << ": "
                 << result.count(ImportOutcome::imported) << " imported, "
                 << result.count(ImportOutcome::imported_stale) << " imported as stale, "
                 << result.count(ImportOutcome::rejected) << " rejected, "
                 << result.count(ImportOutcome::conflicting) << " conflicting, "
                 << result.count(ImportOutcome::unchanged) << " unchanged, "
                 << result.count(ImportOutcome::untranslated) << " untranslated, "
                 << result.count(ImportOutcome::not_returned) << " not returned; "
                 << result.written.size() << " files written\n";
    if (project.options.count("report"))
        if (Status written = write_file_atomically(project.options["report"].as<std::string>(),
                                                   import_report_json(result));
            !written) {
            terminal.err << "medloc: " << written.error().message << '\n';
            return kExitUsage;
        }
    if (!result.write_error.empty()) {
        terminal.err << "medloc kit import: " << result.write_error << '\n';
        return kExitUsage;
    }
    return result.count(ImportOutcome::rejected) + result.count(ImportOutcome::conflicting) > 0
               ? kExitErrorFindings
               : kExitClean;
}

} // namespace

int run_kit_command(const std::vector<std::string>& arguments, Terminal& terminal) {
    if (arguments.empty())
        return usage_error(terminal);
    const std::string& action = arguments.front();
    const std::vector<std::string> rest(arguments.begin() + 1, arguments.end());
    if (action == "create")
        return run_create(rest, terminal);
    if (action == "import")
        return run_import(rest, terminal);
    if (action == "--help" || action == "-h") {
        terminal.out << kUsage << '\n';
        return kExitClean;
    }
    terminal.err << "medloc kit: unknown action '" << action << "' (create, import)\n";
    return usage_error(terminal);
}

} // namespace medloc
