#include "cli/command.h"
#include "cli/translation_project.h"
#include "project/translation_runs.h"

#include <optional>

namespace medloc {

namespace {

boost::program_options::options_description extract_options() {
    boost::program_options::options_description options("Extract options");
    options.add_options()("xliff-version", boost::program_options::value<std::string>(),
                          "2.1 (the default) or 1.2: the XLIFF version of new files");
    return options;
}

} // namespace

int run_extract_command(const std::vector<std::string>& arguments, Terminal& terminal) {
    auto opened = open_translation_project(
        arguments, terminal, "extract",
        "Usage: medloc extract [--locale L]... [ARTICLE|DIR...]\n\n"
        "Writes or updates translations/<L>/<id>.xlf (XLIFF 2.1) for each article: one unit\n"
        "per block, inline markup as <pc> codes. Existing targets and states are kept; a unit\n"
        "whose source changed is marked stale; files are replaced atomically.\n"
        "--xliff-version 1.2 writes new files as XLIFF 1.2 (<g> codes, medloc's metadata in\n"
        "extradata) for tools that read no XLIFF 2; an existing file keeps its version.\n"
        "Exit status: 0 done, 1 some articles could not be read, 2 error.",
        extract_options());
    if (auto* code = std::get_if<int>(&opened))
        return *code;
    const TranslationProject& project = std::get<TranslationProject>(opened);
    std::optional<XliffVersion> version;
    if (project.options.count("xliff-version")) {
        const std::string asked = project.options["xliff-version"].as<std::string>();
        if (asked != "1.2" && asked != "2.1") {
            terminal.err << "medloc extract: --xliff-version must be 2.1 or 1.2, not '" << asked
                         << "'\n";
            return kExitUsage;
        }
        version = asked == "1.2" ? XliffVersion::v1_2 : XliffVersion::v2_1;
    }
    if (project.locales.empty()) {
        terminal.err << "medloc extract: no target locale (--locale or locales.targets)\n";
        return kExitUsage;
    }
    const ExtractRun run = extract_project(project, version);
    for (const ArticleExtraction& article : run.articles) {
        print_problems(terminal, article.problems);
        for (const LocaleExtraction& file : article.locales) {
            if (!file.stats) {
                terminal.err << "medloc: " << file.error << '\n';
                continue;
            }
            const ExtractStats& s = *file.stats;
            terminal.err << file.xliff_path << ": " << s.added << " added, " << s.stale
                         << " stale, " << s.updated << " updated, " << s.unchanged << " unchanged, "
                         << s.obsolete << " obsolete, " << s.dropped << " dropped\n";
        }
    }
    if (run.failures > 0)
        return kExitUsage;
    return run.unreadable > 0 ? kExitErrorFindings : kExitClean;
}

} // namespace medloc
