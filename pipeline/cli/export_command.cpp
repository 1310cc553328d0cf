#include "cli/command.h"
#include "cli/project_options.h"
#include "cli/translation_project.h"
#include "core/wording.h"
#include "project/export_plan.h"
#include "text/printable.h"

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
    ExportTarget target;
    target.out = options["out"].as<std::string>();
    target.archive_timestamp = archive_timestamp_from_environment();
    if (options.count("archive")) {
        target.archive = parse_archive_format(options["archive"].as<std::string>());
        if (!target.archive) {
            terminal.err << "medloc export: --archive takes tar.gz or zip, not '"
                         << options["archive"].as<std::string>() << "'\n";
            return kExitUsage;
        }
    }
    std::optional<Ed25519Key> signing_key;
    if (options.count("sign")) {
        auto key = Ed25519Key::load_private(options["sign"].as<std::string>());
        if (!key) {
            terminal.err << "medloc export: " << key.error().message << '\n';
            return kExitUsage;
        }
        signing_key.emplace(std::move(key).value());
        target.signing_key = &*signing_key;
    }
    // Before anything is checked: a target that is not medloc's own stops the run (exit 2)
    // with nothing touched.
    if (Status allowed = check_export_target(target); !allowed) {
        terminal.err << "medloc export: " << allowed.error().message << '\n';
        return kExitUsage;
    }
    auto locales =
        export_locales(project, options.count("locale") && !options.count("all-locales")
                                    ? std::optional<std::vector<std::string>>(project.locales)
                                    : std::nullopt);
    if (!locales) {
        terminal.err << "medloc export: " << locales.error().message << '\n';
        return kExitUsage;
    }
    // The same result cache as `medloc check`: a corpus just checked is not checked again.
    std::unique_ptr<ResultCache> cache;
    if (!options.count("no-cache")) {
        auto opened_cache = open_project_cache(project.config, true, terminal);
        if (!opened_cache) {
            terminal.err << "medloc export: " << opened_cache.error().message << '\n';
            return kExitUsage;
        }
        cache = std::move(opened_cache).value();
    }
    auto planned = plan_export(project, {locales.value(), cache.get()});
    save_project_cache(cache.get(), terminal);
    if (!planned) {
        terminal.err << "medloc export: " << planned.error().message << '\n';
        return kExitUsage;
    }
    ExportPlan& plan = planned.value();
    print_problems(terminal, plan.problems);
    for (const Exclusion& excluded : plan.excluded) {
        terminal.out << printable(excluded.locale) << "/" << printable(excluded.article_id)
                     << ": excluded: " << printable(excluded.reasons.front());
        if (excluded.reasons.size() > 1)
            terminal.out << " (and " << excluded.reasons.size() - 1 << " more in manifest.json)";
        terminal.out << '\n';
    }
    if (Status written = write_export(plan, target); !written) {
        terminal.err << "medloc export: " << written.error().message << '\n';
        return kExitUsage;
    }
    terminal.out << "medloc export: " << counted(plan.exported, "article") << " in "
                 << counted(static_cast<int>(locales.value().size()), "locale") << ", "
                 << plan.excluded.size() << " excluded, "
                 << counted(static_cast<int>(plan.files.size()), "file") << " -> " << target.out
                 << '\n';
    return kExitClean;
}

} // namespace medloc
