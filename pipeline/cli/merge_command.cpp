#include "cli/command.h"
#include "cli/translation_project.h"
#include "translation/merger.h"

#include <filesystem>

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
    const XmlSchema& schema = *project.setup->article_schema;
    namespace fs = std::filesystem;
    int merged = 0;
    int incomplete = 0;
    int failed = 0;
    for (const std::string& path : project.files) {
        auto source = load_source_article(path, project, terminal);
        if (!source) {
            ++incomplete;
            continue;
        }
        const Article& article = source->article;
        for (const std::string& locale : project.locales) {
            const std::optional<XliffDocument> xliff =
                load_existing_xliff(project.xliff_path(locale, article.id), terminal);
            MergeRequest request;
            request.article = &article;
            request.tree = &*source->document.tree;
            request.xliff = xliff ? &*xliff : nullptr;
            request.target_locale = locale;
            request.output_path = (fs::path(project.config.settings().paths.localized) / locale /
                                   (article.id + ".xml"))
                                      .string();
            request.schema = &schema;
            auto outcome = merge_article(request);
            if (!outcome) {
                terminal.err << "medloc: " << outcome.error().message << '\n';
                ++failed;
            } else if (outcome.value().written) {
                terminal.out << request.output_path << ": merged\n";
                ++merged;
            } else {
                // A localized article from an earlier merge would now be out of date.
                std::error_code removed;
                const bool had_previous = fs::remove(request.output_path, removed);
                terminal.out << request.output_path << ": not written"
                             << (had_previous ? " (its previous version was removed)" : "") << ", "
                             << outcome.value().missing.size() << " block(s) not approved:\n";
                for (const std::string& missing : outcome.value().missing)
                    terminal.out << "  " << missing << '\n';
                ++incomplete;
            }
        }
    }
    terminal.out << "medloc merge: " << merged << " merged, " << incomplete << " incomplete, "
                 << failed << " failed\n";
    if (failed > 0)
        return kExitUsage;
    return incomplete > 0 ? kExitErrorFindings : kExitClean;
}

} // namespace medloc
