#include "engine/file_checker.h"

#include "checks/schema/load_issue_findings.h"
#include "core/sha256.h"
#include "engine/ordered_run.h"
#include "engine/suppressions.h"
#include "loading/document_loader.h"
#include "translation/bilingual.h"
#include "translation/xliff_reader.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <locale>

namespace medloc {

namespace {

LoadedArticle article_of(LoadedDocument document, const std::string& path) {
    LoadedArticle loaded;
    loaded.findings = findings_for(document.issues, path, expected_article_id(path));
    if (document.ok())
        loaded.article = build_article(document.source, *document.tree);
    return loaded;
}

} // namespace

LoadedArticle load_article(const std::string& path, const XmlSchema& schema,
                           const ReadLimits& limits) {
    return article_of(load_xml_document(path, {&schema, false, limits, "articles"}), path);
}

LoadedArticle load_article_text(const std::string& name, std::string content,
                                const XmlSchema& schema, const ReadLimits& limits) {
    return article_of(load_xml_text(name, std::move(content), {&schema, false, limits, "articles"}),
                      name);
}

FileChecker::FileChecker(const XmlSchema& schema, const RuleRegistry& rules,
                         const SeverityPolicy& policy, FileCheckerOptions options,
                         const RuleServices& services)
    : schema_(schema), rules_(rules), policy_(policy), options_(options), services_(services) {}

namespace {

// What results done ahead of their turn may hold, beyond a few files per job.
constexpr std::size_t kResultsWaitingBudget = 32u << 20;

bool is_xliff_path(std::string_view path) {
    return path.ends_with(".xlf") || path.ends_with(".xliff");
}

// A file whose result the cache holds for these very bytes is not read further; a file
// checked now is stored, unless its check met a configuration error (not a result).
FileResult check_with_cache(const std::string& path, const FileChecker& checker,
                            ResultCache* cache) {
    if (cache == nullptr)
        return checker.check_file(path);
    const auto content_hash = checker.content_key(path);
    if (content_hash) {
        if (auto findings = cache->lookup(path, *content_hash))
            return FileResult{std::move(*findings), {}, false};
    }
    FileResult result = checker.check_file(path);
    // A file edited while it was checked is not stored: its findings may be of either text.
    // Nor is one whose suggestions a time budget cut: a later run may give them all.
    if (content_hash && result.configuration_errors.empty() && !result.cut_by_budget &&
        checker.content_key(path) == content_hash)
        cache->store(path, *content_hash, result.findings);
    return result;
}

} // namespace

std::optional<std::string> FileChecker::content_key(const std::string& path) const {
    auto own = file_content_hash(path, options_.limits.max_bytes);
    if (!own || !is_xliff_path(path))
        return own;
    const auto article = source_article_path(path, options_.layout);
    if (!article)
        return own;
    const auto article_hash = file_content_hash(*article, options_.limits.max_bytes);
    return sha256_hex(*own + "\n" + *article + "\n" + article_hash.value_or("unreadable"));
}

// XLIFF files: loading problems, then the bilingual rules on source and target, then every
// content rule on the target text, with positions in the XLIFF file. The source article,
// when the project's layout locates it, tells which units are stale.
FileResult FileChecker::check_xliff(const std::string& path, XliffLoad load) const {
    FileResult result;
    result.findings =
        FindingList(findings_for(load.issues, path, std::filesystem::path(path).stem().string()));
    if (load.document && options_.run_content_rules) {
        BilingualDocument bilingual = make_bilingual(std::move(*load.document));
        if (const auto article = source_article_path(path, options_.layout)) {
            bilingual.current_article_path = *article;
            bilingual.current_source_hashes = block_source_hashes(*article, options_.limits);
        }
        CheckContext context(services_);
        FindingSink sink(result.findings);
        for (const auto& rule : rules_.rules()) {
            const RuleInfo& info = rule->info();
            if (info.family() == "schema" || !policy_.enabled(std::string(info.id)))
                continue;
            rule->check_bilingual(bilingual, context, sink);
            rule->check(bilingual.target, context, sink);
        }
        sink.flush();
        result.configuration_errors = context.configuration_errors();
        apply_suppressions(
            bilingual.target, rules_, [&](const std::string& id) { return policy_.enabled(id); },
            result.findings);
        result.cut_by_budget = context.cut_by_budget();
    }
    policy_.apply(result.findings);
    return result;
}

FileResult FileChecker::check_file(const std::string& path) const {
    if (is_xliff_path(path))
        return check_xliff(path, load_xliff(path, options_.limits, options_.xliff_schemas));
    return check_article(load_article(path, schema_, options_.limits));
}

FileResult FileChecker::check_content(const std::string& path, std::string content) const {
    if (content.size() > options_.limits.max_bytes) {
        FileResult result;
        result.findings = FindingList(findings_for(
            {{LoadIssueKind::unreadable,
              {},
              "file is too large: " + std::to_string(content.size()) + " bytes, the limit is " +
                  std::to_string(options_.limits.max_bytes) + " (limits.max-file-size)"}},
            path, std::filesystem::path(path).stem().string()));
        policy_.apply(result.findings);
        return result;
    }
    if (is_xliff_path(path))
        return check_xliff(path, load_xliff_text(path, std::move(content), options_.limits,
                                                 options_.xliff_schemas));
    return check_article(load_article_text(path, std::move(content), schema_, options_.limits));
}

FileResult FileChecker::check_article(LoadedArticle loaded) const {
    FileResult result;
    FindingList& findings = result.findings;
    findings = FindingList(loaded.findings);
    loaded.findings = {};
    if (loaded.article) {
        CheckContext context(services_);
        FindingSink sink(findings);
        for (const auto& rule : rules_.rules()) {
            const RuleInfo& info = rule->info();
            // `validate` runs the schema stage only, whose id rules read the article too.
            if (!options_.run_content_rules && info.family() != "schema")
                continue;
            if (policy_.enabled(std::string(info.id)))
                rule->check(*loaded.article, context, sink);
        }
        sink.flush();
        result.configuration_errors = context.configuration_errors();
        result.cut_by_budget = context.cut_by_budget();
        apply_suppressions(
            *loaded.article, rules_,
            [&](const std::string& id) {
                return policy_.enabled(id) &&
                       (options_.run_content_rules || id.starts_with("schema."));
            },
            findings);
    }
    policy_.apply(findings);
    return result;
}

namespace {

// libstdc++ fills the per-character cache of ctype<char>::narrow lazily and without a lock
// (a benign race, but one ThreadSanitizer reports when workers first format or parse through
// the global locale). Filled here, before the workers start.
void fill_narrow_cache() {
    const auto& ctype = std::use_facet<std::ctype<char>>(std::locale());
    for (int c = 0; c < 256; ++c) {
        ctype.narrow(static_cast<char>(c), '\0');
        ctype.narrow(static_cast<char>(c), '\1');
    }
}

} // namespace

Status check_files_in_order(const std::vector<std::string>& paths, const FileChecker& checker,
                            int jobs, const std::function<void(std::size_t, FileResult&&)>& deliver,
                            const std::function<void(std::size_t done)>& progress,
                            ResultCache* cache) {
    std::atomic<std::size_t> done{0};
    ParallelOptions parallel;
    parallel.jobs = effective_jobs(jobs);
    parallel.describe = [&](std::size_t i) { return "checking " + paths[i]; };
    if (parallel.jobs > 1)
        fill_narrow_cache();
    // Results run ahead of delivery up to a memory budget, not only a few files: with a
    // warm cache, the workers go on reading findings from it while one changed file is
    // checked (its dictionary loaded, say) instead of waiting a few files past it.
    OrderedWindow<FileResult> window;
    window.weight = [](const FileResult& result) {
        std::size_t bytes = sizeof result + result.findings.memory_bytes();
        for (const std::string& error : result.configuration_errors)
            bytes += sizeof error + error.capacity();
        return bytes;
    };
    window.budget = kResultsWaitingBudget;
    return run_in_order<FileResult>(
        paths.size(),
        [&](std::size_t i) {
            FileResult result = check_with_cache(paths[i], checker, cache);
            const std::size_t finished = ++done;
            if (progress)
                progress(finished);
            return result;
        },
        deliver, parallel, window);
}

RunResult check_files(const std::vector<std::string>& paths, const FileChecker& checker, int jobs,
                      const std::function<void(std::size_t done)>& progress, ResultCache* cache) {
    RunResult run;
    run.files = static_cast<int>(paths.size());
    const Status ran = check_files_in_order(
        paths, checker, jobs,
        [&](std::size_t, FileResult&& file) {
            for (std::size_t i = 0; i < file.findings.size(); ++i)
                run.findings.push_back(file.findings.at(i));
            for (std::string& error : file.configuration_errors)
                if (std::find(run.configuration_errors.begin(), run.configuration_errors.end(),
                              error) == run.configuration_errors.end())
                    run.configuration_errors.push_back(std::move(error));
        },
        progress, cache);
    if (!ran) {
        RunResult failed;
        failed.files = static_cast<int>(paths.size());
        failed.failure = ran.error().message;
        return failed;
    }
    sort_findings(run.findings);
    return run;
}

} // namespace medloc
