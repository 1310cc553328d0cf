#include "cli/command.h"
#include "cli/project_options.h"
#include "cli/translation_project.h"
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
    auto cache =
        open_cache_unless_disabled(project.config, project.options, terminal, "medloc report");
    if (!cache)
        return kExitUsage;
    ReviewRequest request;
    request.cache = cache->get();
    auto built = build_review_report(project, request);
    save_project_cache(cache->get(), terminal);
    if (!built)
        return fail(terminal, "medloc report", built.error());
    const ReviewRun& run = built.value();
    auto page = write_review_page(project.options["out"].as<std::string>(), run.report);
    if (!page)
        return fail(terminal, "medloc report", page.error());
    terminal.out << review_summary(run, page.value());
    return kExitClean;
}

} // namespace medloc
