#include "project/review_run.h"

#include "approval/approval_changes.h"
#include "checks/check_context.h"
#include "checks/rule_registry.h"
#include "checks/terminology/terminology_service.h"
#include "core/atomic_file.h"
#include "core/calendar_date.h"
#include "core/version.h"
#include "core/wording.h"
#include "language/word_tokenizer.h"
#include "report/finding_context.h"
#include "translation/bilingual.h"
#include "translation/coverage.h"
#include "translation/xliff_reader.h"

#include <algorithm>
#include <filesystem>
#include <map>

namespace medloc {

namespace {

namespace fs = std::filesystem;

constexpr const char* kPageName = "medloc-report.html";

struct LoadedSource {
    std::optional<SourceArticle> loaded;
    std::string path;
    std::string id;
};

std::string title_of(const Article& article) {
    for (const Block& block : article.blocks)
        if (block.kind == "title")
            return block.text.text();
    return article.id;
}

// Every termbase term met in the source articles, with its count and articles.
std::vector<TermUse> terms_in_use(const std::vector<LoadedSource>& sources,
                                  const RuleServices& services) {
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

std::string_view approval_state_name(ApprovalState state) {
    switch (state) {
    case ApprovalState::not_approved:
        return "";
    case ApprovalState::no_digest:
        return "no-digest";
    case ApprovalState::unknown_version:
        return "unknown-version";
    case ApprovalState::current:
        return "current";
    case ApprovalState::stale:
        return "stale";
    }
    return "";
}

ReportApproval report_approval(const ApprovalChanges& changes) {
    ReportApproval approval;
    approval.state = std::string(approval_state_name(changes.check.state));
    approval.summary = changes.check.describe_changes();
    approval.history_note = changes.history_note;
    if (changes.approved) {
        approval.approved_commit = changes.approved->commit.substr(0, 12);
        approval.approved_date = changes.approved->date;
    }
    for (const BlockChange& block : changes.blocks)
        approval.changes.push_back({block.block_id,
                                    block.kind == BlockChange::Kind::added     ? "added"
                                    : block.kind == BlockChange::Kind::removed ? "removed"
                                                                               : "changed",
                                    block.before, block.after, changes.approved.has_value()});
    return approval;
}

// The page's language: report.language, else French for French content, else English.
std::string page_language(const Settings& settings) {
    if (!settings.report_language.empty())
        return settings.report_language;
    return settings.locales.source.starts_with("fr") ? "fr" : "en";
}

} // namespace

Result<ReviewRun> build_review_report(const Project& project, const ReviewRequest& request) {
    const Settings& settings = project.config.settings();
    const ProjectSetup& setup = *project.setup;
    std::vector<Finding> problems; // loading problems are findings on the page already

    // The source articles and, per target locale (and the locales its missing blocks fall
    // back to), their XLIFF files.
    std::vector<LoadedSource> sources;
    std::map<std::string, std::string> article_of_file; // path -> article id
    std::vector<std::string> paths = project.files;
    for (const std::string& path : project.files) {
        LoadedSource source{load_source_article(path, project, problems), path, ""};
        source.id = source.loaded ? source.loaded->article.id : expected_article_id(path);
        article_of_file[path] = source.id;
        for (std::string& xliff :
             existing_translation_files(project, {source.id}, project.locales)) {
            article_of_file[xliff] = source.id;
            paths.push_back(std::move(xliff));
        }
        sources.push_back(std::move(source));
    }

    const FileCheckerOptions options = checker_options(project.config, setup, true);
    const FileChecker checker = make_file_checker(project.config, setup, true);
    RunResult run = check_files(paths, checker, jobs_from(project.config), {}, request.cache);
    if (run.failure)
        return Error{*run.failure};
    if (!run.configuration_errors.empty())
        return Error{run.configuration_errors.front()};
    std::vector<Finding> termbase_findings = setup.termbase_findings;
    settings.severities.apply(termbase_findings);

    ReviewRun result;
    ReviewReport& report = result.report;
    report.language = page_language(settings);
    report.generated_on = format_iso_date(settings.today ? *settings.today : today_utc());
    report.tool_version = std::string(tool_version());
    report.source_locale = settings.locales.source;
    report.target_locales = project.locales;
    report.rules = builtin_rules().infos();
    report.has_termbase = setup.terminology != nullptr;
    if (setup.terminology)
        report.terms = terms_in_use(sources, setup.services);

    // Errors per file decide what is publishable, as `medloc export` does.
    std::map<std::string, int> errors_in;
    for (const Finding& finding : run.findings)
        errors_in[finding.file] += finding.severity == Severity::error;
    const ErrorCounts errors_of = [&](const std::string& path) -> std::optional<int> {
        const auto found = errors_in.find(path);
        return found == errors_in.end() ? 0 : found->second;
    };
    WordTokenizer tokenizer(report.source_locale);
    const auto words_of = [&](const std::string& text) {
        return static_cast<long>(tokenizer.tokenize(text).size());
    };
    int history_searches = 0;
    std::map<std::string, std::size_t> article_index;
    for (const LoadedSource& source : sources) {
        ReportArticle article;
        article.path = source.path;
        article.id = source.id;
        if (source.loaded) {
            const Article& loaded = source.loaded->article;
            const MarkupTree& tree = *source.loaded->document.tree;
            article.title = title_of(loaded);
            article.review_status = loaded.review.status;
            article.review_date = loaded.review.date;
            const bool stale = check_approval(loaded).state == ApprovalState::stale;
            HistoryLimits history;
            history.read = options.limits;
            const bool search = stale && history_searches++ < request.history_searches;
            article.approval = report_approval(approval_changes(loaded, search, history));
            for (const std::string& locale : project.locales) {
                LocaleTranslations translations =
                    load_locale_translations(project, article.id, locale, errors_of, problems);
                LocaleStatus status;
                status.coverage = measure_coverage(
                    {&loaded, &tree},
                    translations.files.empty() ? nullptr : translations.files.front().xliff, locale,
                    words_of);
                PublishingDecision decision =
                    decide_publishing({&loaded, &tree, source.path, errors_of(source.path),
                                       settings.locales.source, locale, translations.files});
                status.publishable = decision.publishable;
                status.reasons = std::move(decision.reasons);
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
                XliffLoad load = load_xliff(finding.file, options.limits);
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
    result.counts = count_by_severity(run.findings);
    return result;
}

Result<std::string> write_review_page(const std::string& folder, const ReviewReport& report) {
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec)
        return Error{"cannot create " + folder + ": " + ec.message()};
    const std::string page_path = (fs::path(folder) / kPageName).string();
    if (Status written = write_file_atomically(page_path, render_review_page(report)); !written)
        return Error{written.error()};
    return page_path;
}

std::string review_summary(const ReviewRun& run, const std::string& page) {
    return "medloc report: " + page + " (" +
           counted(static_cast<int>(run.report.articles.size()), "article") + ", " +
           counted(run.counts.errors, "error") + ", " + counted(run.counts.warnings, "warning") +
           ", " + counted(run.counts.infos, "info") + ")\n";
}

} // namespace medloc
