#include "cli/command.h"
#include "cli/project_options.h"
#include "cli/translation_project.h"
#include "project/export_plan.h"

namespace medloc {

namespace po = boost::program_options;

int run_export_command(const std::vector<std::string>& arguments, Terminal& terminal) {
    po::options_description extra("Export options");
    extra.add_options()("out,o", po::value<std::string>(),
                        "the bundle: a directory, or the archive file with --archive")(
        "archive", po::value<std::string>(), "write one archive instead: tar.gz or zip")(
        "sign", po::value<std::string>(),
        "sign the bundle with this Ed25519 private key (PEM): signature.json")(
        "all-locales", "the source locale and every target locale (the default without --locale)")(
        "no-cache", "check every file, without the result cache");
    auto opened = open_translation_project(
        arguments, terminal, "export",
        "Usage: medloc export [--locale L]... [--all-locales] --out DIR [--archive tar.gz|zip]\n"
        "                     [--sign KEY.pem]\n\n"
        "Writes the publishable articles as a JSON bundle for apps (docs/formats/bundle.md):\n"
        "per locale, the articles whose medical approval holds for their current content, whose\n"
        "every block has a final, not stale, really translated unit (or one from a locale of\n"
        "locales.fallbacks) and whose source and XLIFF files have no error finding; an index\n"
        "per locale; manifest.json with the exclusions and their reasons and the SHA-256 of\n"
        "every file; with --sign, signature.json (Ed25519) that medloc verify --public-key and\n"
        "apps check. The bundle replaces DIR atomically; an archive is written atomically too.\n"
        "The same input gives the same bytes (SOURCE_DATE_EPOCH sets the archive times).\n"
        "Exit status: 0 written, 2 error.",
        extra, true);
    if (auto* code = std::get_if<int>(&opened))
        return *code;
    const TranslationProject& project = std::get<TranslationProject>(opened);
    const po::variables_map& options = project.options;
    if (!options.count("out")) {
        terminal.err << "medloc export: --out is required\n";
        return kExitUsage;
    }
    ExportTargetRequest requested{options["out"].as<std::string>(), std::nullopt, std::nullopt};
    if (options.count("archive"))
        requested.archive = options["archive"].as<std::string>();
    if (options.count("sign"))
        requested.signing_key_path = options["sign"].as<std::string>();
    // Before anything is checked: a target that is not medloc's own stops the run (exit 2)
    // with nothing touched.
    auto target = export_target(requested);
    if (!target)
        return fail(terminal, "medloc export", target.error());
    auto locales =
        export_locales(project, options.count("locale") && !options.count("all-locales")
                                    ? std::optional<std::vector<std::string>>(project.locales)
                                    : std::nullopt);
    if (!locales)
        return fail(terminal, "medloc export", locales.error());
    // The same result cache as `medloc check`: a corpus just checked is not checked again.
    auto cache = open_cache_unless_disabled(project.config, options, terminal, "medloc export");
    if (!cache)
        return kExitUsage;
    auto planned = plan_export(project, {locales.value(), cache->get()});
    save_project_cache(cache->get(), terminal);
    if (!planned)
        return fail(terminal, "medloc export", planned.error());
    ExportPlan& plan = planned.value();
    print_problems(terminal, plan.problems);
    terminal.out << exclusions_text(plan);
    if (Status written = write_export(plan, target.value()); !written)
        return fail(terminal, "medloc export", written.error());
    terminal.out << export_summary(plan, locales.value().size(), target.value());
    return kExitClean;
}

} // namespace medloc
