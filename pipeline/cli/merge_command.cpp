#include "cli/command.h"
#include "cli/translation_project.h"
#include "project/translation_runs.h"

namespace medloc {

int run_merge_command(const std::vector<std::string>& arguments, Terminal& terminal) {
    auto opened = open_translation_project(
        arguments, terminal, "merge",
        "Usage: medloc merge [--locale L]... [ARTICLE|DIR...]\n\n"
        "Builds localized articles in paths.localized/<L>/<id>.xml from the XLIFF files: only\n"
        "articles whose every unit is final and not stale; each is schema-valid, keeps its ids\n"
        "and inline markup, and is written atomically. Articles with missing translations are\n"
        "listed (and an older localized version removed), never filled with source text.\n"
        "Exit status: 0 all merged, 1 some articles incomplete, 2 error.",
        {});
    if (auto* code = std::get_if<int>(&opened))
        return *code;
    const TranslationProject& project = std::get<TranslationProject>(opened);
    const MergeRun run = merge_project(project);
    for (const ArticleMerge& article : run.articles) {
        print_problems(terminal, article.problems);
        for (const LocaleMerge& merged : article.locales) {
            print_problems(terminal, merged.problems);
            if (!merged.error.empty()) {
                terminal.err << "medloc: " << merged.error << '\n';
            } else if (merged.written) {
                terminal.out << merged.output_path << ": merged\n";
            } else {
                terminal.out << merged.output_path << ": not written"
                             << (merged.removed_previous ? " (its previous version was removed)"
                                                         : "")
                             << ", " << merged.missing.size() << " block(s) not approved:\n";
                for (const std::string& missing : merged.missing)
                    terminal.out << "  " << missing << '\n';
            }
        }
    }
    terminal.out << "medloc merge: " << run.merged << " merged, " << run.incomplete
                 << " incomplete, " << run.failed << " failed\n";
    if (run.failed > 0)
        return kExitUsage;
    return run.incomplete > 0 ? kExitErrorFindings : kExitClean;
}

} // namespace medloc
