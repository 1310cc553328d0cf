#include "cli/command.h"
#include "cli/translation_project.h"
#include "core/atomic_file.h"
#include "kit/kit_summary.h"
#include "project/kit_requests.h"

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
    if (!project.options.count("out")) {
        terminal.err << "medloc kit create: --out KIT.zip is required\n";
        return kExitUsage;
    }
    auto request = kit_create_request(project, project.options["scope"].as<std::string>(),
                                      project.options["xliff-version"].as<std::string>());
    if (!request)
        return fail(terminal, "medloc kit create", request.error());
    auto kit = create_kit(request.value());
    if (!kit)
        return fail(terminal, "medloc", kit.error());
    for (const std::string& warning : kit.value().warnings)
        terminal.err << "medloc: " << warning << '\n';
    const std::string out = project.options["out"].as<std::string>();
    if (Status written = publish_kit(kit.value(), out, project.config.settings().paths.kits,
                                     request.value().created);
        !written)
        return fail(terminal, "medloc", written.error());
    terminal.out << kit_created_summary(kit.value().manifest, out, request.value().scope);
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
    const auto inputs = project.options.count("paths")
                            ? project.options["paths"].as<std::vector<std::string>>()
                            : std::vector<std::string>{};
    if (inputs.size() != 1) {
        terminal.err << "medloc kit import: give one returned kit (a .zip or a folder)\n";
        return kExitUsage;
    }
    const FileChecker checker = make_file_checker(project.config, *project.setup, true);
    KitReturn returned{inputs.front(), std::nullopt, project.options.count("force") > 0};
    if (project.options.count("manifest"))
        returned.manifest_path = project.options["manifest"].as<std::string>();
    auto request = kit_import_request(project, checker, returned);
    if (!request)
        return fail(terminal, "medloc", request.error());
    auto imported = import_kit(request.value());
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
    terminal.out << kit_import_summary(result);
    if (project.options.count("report"))
        if (Status written = write_file_atomically(project.options["report"].as<std::string>(),
                                                   import_report_json(result));
            !written)
            return fail(terminal, "medloc", written.error());
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
