#include "cli/command.h"
#include "cli/project_options.h"
#include "cli/translation_project.h"
#include "core/wording.h"
#include "project/review_run.h"

namespace medloc {

namespace po = boost::program_options;

int run_report_command(const std::vector<std::string>& arguments, Terminal& terminal) {
    po::options_description extra("Report options");
    extra.add_options()("out,o", po::value<std::string>()->default_value("reports"),
                        "folder of the page (written as medloc-report.html)")(
        "no-cache", "check every file, without the result cache");
    auto opened = open_translation_project(
        arguments, terminal, "report",
        "Usage: medloc report [--out DIR] [--language fr|en] [--locale L]... [ARTICLE|DIR...]\n\n"
        "Checks the articles and their translations and writes one self-contained HTML page\n"
        "for medical reviewers (docs/report.md): findings by article with the flagged text in\n"
        "its sentence, coverage per locale and article, what is publishable, the terminology\n"
        "in use; filters by severity, rule and locale. Opens from disk, prints.\n"
        "Exit status: 0 written (whatever the findings), 2 error.",
        extra, true);
    if (auto* code = std::get_if<int>(&opened))
        return *code;
    TranslationProject& project = std::get<TranslationProject>(opened);
    std::unique_ptr<ResultCache> cache;
    if (!project.options.count("no-cache")) {
        auto opened_cache = open_project_cache(project.config, true, terminal);
        if (!opened_cache) {
            terminal.err << "medloc report: " << opened_cache.error().message << '\n';
            return kExitUsage;
        }
        cache = std::move(opened_cache).value();
    }
    ReviewRequest request;
    request.cache = cache.get();
    auto built = build_review_report(project, request);
    save_project_cache(cache.get(), terminal);
    if (!built) {
        terminal.err << "medloc report: " << built.error().message << '\n';
        return kExitUsage;
    }
    const ReviewRun& run = built.value();
    auto page = write_review_page(project.options["out"].as<std::string>(), run.report);
    if (!page) {
        terminal.err << "medloc report: " << page.error().message << '\n';
        return kExitUsage;
    }
    terminal.out << "medloc report: " << page.value() << " ("
                 << counted(static_cast<int>(run.report.articles.size()), "article") << ", "
                 << counted(run.counts.errors, "error") << ", "
                 << counted(run.counts.warnings, "warning") << ", "
                 << counted(run.counts.infos, "info") << ")\n";
    return kExitClean;
}

} // namespace medloc
