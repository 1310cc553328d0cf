#include "checks/check_context.h"
#include "checks/rule_registry.h"
#include "checks/terminology/terminology_service.h"
#include "cli/command.h"
#include "cli/project_options.h"
#include "cli/translation_project.h"
#include "core/atomic_file.h"
#include "core/calendar_date.h"
#include "core/version.h"
#include "engine/article_checker.h"
#include "language/word_tokenizer.h"
#include "project/check_environment.h"
#include "report/finding_context.h"
#include "report/html_report.h"
#include "translation/bilingual.h"
#include "translation/xliff_reader.h"

#include <filesystem>
#include <map>
#include <set>
#include <sstream>

namespace medloc {

namespace {

namespace fs = std::filesystem;
namespace po = boost::program_options;

constexpr const char* kPageName = "medloc-report.html";

struct LoadedSource {
    std::optional<SourceArticle> loaded;
    std::string path;
};

std::string title_of(const Article& article) {
    for (const Block& block : article.blocks)
        if (block.kind == "title")
            return block.text.text();
    return article.id;
}

// Every termbase term met in the source articles, with its count and articles.
std::vector<TermUse> terms_in_use(const std::vector<LoadedSource>& sources,
                                  const CheckServices& services) {
    std::map<std::pair<std::string, std::string>, TermUse> uses;
    CheckContext context(services);
    for (const LoadedSource& source : sources) {
        if (!source.loaded)
            continue;
        const Article& article = source.loaded->article;
        for_each_term_match(article, context,
                            [&](TerminologyService&, const Block&, const TermMatch& match) {
                                TermUse& use = uses[{match.concept_entry->id, match.term->text}];
                                use.concept_id = match.concept_entry->id;
                                use.term = match.term->text;
                                use.status = std::string(to_string(match.term->status));
                                ++use.occurrences;
                                if (std::find(use.articles.begin(), use.articles.end(),
                                              article.id) == use.articles.end())
                                    use.articles.push_back(article.id);
                            });
    }
    std::vector<TermUse> terms;
    for (auto& [key, use] : uses) {
        std::sort(use.articles.begin(), use.articles.end());
        terms.push_back(std::move(use));
    }
    return terms;
}

} // namespace

int run_report_command(const std::vector<std::string>& arguments, Terminal& terminal) {
    po::options_description extra("Report options");
    extra.add_options()("out,o", po::value<std::string>()->default_value("reports"),
                        "folder of the page (written as medloc-report.html)")(
        "no-cache", "check every file, without the result cache");
    std::ostringstream quiet_err; // loading problems are findings on the page
    Terminal quiet{terminal.out, quiet_err, false, false};
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
    const Config& config = project.config;
    const CheckSetup& setup = *project.setup;

    // The source articles and, per target locale, their XLIFF files.
    std::vector<LoadedSource> sources;
    std::map<std::string, std::string> article_of_file; // path -> article id
    std::vector<std::string> paths = project.files;
    for (const std::string& path : project.files) {
        LoadedSource source{load_source_article(path, project, quiet), path};
        const std::string id =
            source.loaded ? source.loaded->article.id : expected_article_id(path);
        article_of_file[path] = id;
        for (const std::string& locale : project.locales) {
            const std::string xliff = project.xliff_path(locale, id);
            std::error_code ec;
            if (fs::exists(xliff, ec)) {
                paths.push_back(xliff);
                article_of_file[xliff] = id;
            }
        }
        sources.push_back(std::move(source));
    }

    const CheckOptions check_options = medloc::check_options(config, setup, true);
    const SeverityPolicy policy = config.settings().severities;
    const ArticleChecker checker(*setup.article_schema, setup.rules, policy, check_options,
                                 setup.services);
    std::unique_ptr<ResultCache> cache;
    if (!project.options.count("no-cache")) {
        auto opened_cache = open_project_cache(config, true, terminal);
        if (!opened_cache) {
            terminal.err << "medloc report: " << opened_cache.error().message << '\n';
            return kExitUsage;
        }
        cache = std::move(opened_cache).value();
    }
    CheckRun run = check_files(paths, checker, jobs_from(config), {}, cache.get());
    save_project_cache(cache.get(), terminal);
    if (run.failure) {
        terminal.err << "medloc report: " << *run.failure << '\n';
        return kExitUsage;
    }
    if (!run.configuration_errors.empty()) {
        for (const std::string& error : run.configuration_errors)
            terminal.err << "medloc: " << error << '\n';
        return kExitUsage;
    }
    std::vector<Finding> termbase_findings = setup.termbase_findings;
    policy.apply(termbase_findings);

    ReviewReport report;
    std::string language = config.settings().report_language;
    if (language.empty())
        language = config.settings().locales.source.starts_with("fr") ? "fr" : "en";
    report.language = language;
    const auto today = config.settings().today;
    report.generated_on = format_iso_date(today ? *today : today_utc());
    report.tool_version = std::string(tool_version());
    report.source_locale = config.settings().locales.source;
    report.target_locales = project.locales;
    report.rules = builtin_rules().infos();
    report.has_termbase = setup.terminology != nullptr;
    if (setup.terminology)
        report.terms = terms_in_use(sources, setup.services);

    // Errors per file decide what is publishable, as `medloc export` does.
    std::map<std::string, int> errors_in;
    for (const Finding& finding : run.findings)
        errors_in[finding.file] += finding.severity == Severity::error;

    WordTokenizer tokenizer(report.source_locale);
    const auto words_of = [&](const std::string& text) {
        return static_cast<long>(tokenizer.tokenize(text).size());
    };
    std::map<std::string, std::size_t> article_index;
    for (const LoadedSource& source : sources) {
        ReportArticle article;
        article.path = source.path;
        article.id = article_of_file[source.path];
        if (source.loaded) {
            const Article& loaded = source.loaded->article;
            article.title = title_of(loaded);
            article.review_status = loaded.review.status;
            article.review_date = loaded.review.date;
            for (const std::string& locale : project.locales) {
                const std::string xliff_path = project.xliff_path(locale, article.id);
                const auto xliff = load_existing_xliff(xliff_path, quiet);
                LocaleStatus status;
                status.coverage = measure_coverage({&loaded, &*source.loaded->document.tree},
                                                   xliff ? &*xliff : nullptr, locale, words_of);
                status.publishable = status.coverage.publishable() && errors_in[source.path] == 0 &&
                                     errors_in[xliff_path] == 0;
                article.locales[locale] = std::move(status);
            }
        }
        article_index[article.id] = report.articles.size();
        report.articles.push_back(std::move(article));
    }

    // Each finding beside its sentence: the source article, or both sides of the XLIFF.
    std::map<std::string, BilingualDocument> bilingual; // XLIFF files with findings
    for (const Finding& finding : run.findings) {
        std::vector<const Article*> candidates;
        const auto owner = article_of_file.find(finding.file);
        if (owner == article_of_file.end())
            continue;
        if (finding.file.ends_with(".xlf") || finding.file.ends_with(".xliff")) {
            auto it = bilingual.find(finding.file);
            if (it == bilingual.end()) {
                XliffLoad load = load_xliff(finding.file, check_options.limits);
                if (load.document)
                    it = bilingual.emplace(finding.file, make_bilingual(std::move(*load.document)))
                             .first;
            }
            if (it != bilingual.end()) {
                candidates.push_back(&it->second.target);
                candidates.push_back(&it->second.source);
            }
        } else {
            for (const LoadedSource& source : sources)
                if (source.path == finding.file && source.loaded)
                    candidates.push_back(&source.loaded->article);
        }
        report.articles[article_index[owner->second]].findings.push_back(
            with_context(finding, candidates));
    }
    for (const Finding& finding : termbase_findings)
        report.other_findings.push_back(with_context(finding, {}));

    const fs::path out = project.options["out"].as<std::string>();
    std::error_code ec;
    fs::create_directories(out, ec);
    if (ec) {
        terminal.err << "medloc report: cannot create " << out.string() << ": " << ec.message()
                     << '\n';
        return kExitUsage;
    }
    const std::string page_path = (out / kPageName).string();
    if (Status written = write_file_atomically(page_path, render_review_page(report)); !written) {
        terminal.err << "medloc report: " << written.error().message << '\n';
        return kExitUsage;
    }
    const FindingCounts counts = count_by_severity(run.findings);
    terminal.out << "medloc report: " << page_path << " (" << report.articles.size()
                 << " articles, " << counts.errors << " errors, " << counts.warnings
                 << " warnings, " << counts.infos << " infos)\n";
    return kExitClean;
}

} // namespace medloc
