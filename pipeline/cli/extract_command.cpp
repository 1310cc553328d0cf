#include "cli/command.h"
#include "cli/translation_project.h"
#include "translation/extractor.h"

namespace medloc {

int run_extract_command(const std::vector<std::string>& arguments, Terminal& terminal) {
    auto opened = open_translation_project(
        arguments, terminal, "extract",
        "Usage: medloc extract [--locale L]... [ARTICLE|DIR...]\n\n"
        "Writes or updates translations/<L>/<id>.xlf (XLIFF 2.1) for each article: one unit\n"
        "per block, inline markup as <pc> codes. Existing targets and states are kept; a unit\n"
        "whose source changed is marked stale; files are replaced atomically.\n"
        "Exit status: 0 done, 1 some articles could not be read, 2 error.",
        {});
    if (auto* code = std::get_if<int>(&opened))
        return *code;
    const TranslationProject& project = std::get<TranslationProject>(opened);
    if (project.locales.empty()) {
        terminal.err << "medloc extract: no target locale (--locale or locales.targets)\n";
        return kExitUsage;
    }
    int unreadable = 0;
    int failures = 0;
    for (const std::string& path : project.files) {
        auto source = load_source_article(path, project, terminal);
        if (!source) {
            ++unreadable;
            continue;
        }
        const Article& article = source->article;
        for (const std::string& locale : project.locales) {
            ExtractRequest request;
            request.article = &article;
            request.tree = &*source->document.tree;
            request.source_locale =
                article.locale.empty() ? project.config.settings().locales.source : article.locale;
            request.target_locale = locale;
            request.xliff_path = project.xliff_path(locale, article.id);
            auto stats = extract_article(request);
            if (!stats) {
                terminal.err << "medloc: " << stats.error().message << '\n';
                ++failures;
                continue;
            }
            const ExtractStats& s = stats.value();
            terminal.err << request.xliff_path << ": " << s.added << " added, " << s.stale
                         << " stale, " << s.updated << " updated, " << s.unchanged << " unchanged, "
                         << s.obsolete << " obsolete, " << s.dropped << " dropped\n";
        }
    }
    if (failures > 0)
        return kExitUsage;
    return unreadable > 0 ? kExitErrorFindings : kExitClean;
}

} // namespace medloc
