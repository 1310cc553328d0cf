#pragma once

#include "checks/check_context.h"
#include "checks/rule_registry.h"
#include "core/finding.h"
#include "core/finding_list.h"
#include "core/severity_policy.h"
#include "engine/result_cache.h"
#include "loading/article.h"
#include "loading/source_file.h"
#include "loading/xml_schema.h"
#include "translation/source_link.h"
#include "translation/xliff_reader.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace medloc {

struct FileCheckerOptions {
    ReadLimits limits;
    bool run_content_rules = true; // false for `medloc validate`: the schema stage only
    XliffSchemas xliff_schemas;    // none: XLIFF files are read, not validated
    // Where an XLIFF file's source article is (<content>/<id>.xml for <translations>/<locale>/
    // <id>.xlf): its current text tells which units are stale. Empty: not looked for.
    ProjectLayout layout;
};

// What loading one article file gave: findings of the schema stage, and the article
// when the file is well-formed and valid.
struct [[nodiscard]] LoadedArticle {
    std::vector<Finding> findings;
    std::optional<Article> article;
};

// Reads, parses and validates one article file, turning every problem into findings.
// Thread-safe: one instance serves all worker threads.
LoadedArticle load_article(const std::string& path, const XmlSchema& schema,
                           const ReadLimits& limits);

// The same for an article already in memory; `name` stands for its path.
LoadedArticle load_article_text(const std::string& name, std::string content,
                                const XmlSchema& schema, const ReadLimits& limits);

struct [[nodiscard]] FileResult {
    FindingList findings;                          // severity policy applied
    std::vector<std::string> configuration_errors; // e.g. a missing dictionary
    bool cut_by_budget = false; // fewer suggestions than an unlimited run: not cached
};

// Runs the schema stage and then every enabled content rule on each file.
class FileChecker {
public:
    FileChecker(const XmlSchema& schema, const RuleRegistry& rules, const SeverityPolicy& policy,
                FileCheckerOptions options, const RuleServices& services);

    // An article (.xml) or an XLIFF file (.xlf, .xliff).
    FileResult check_file(const std::string& path) const;

    // The same for content already in memory (standard input, a file being fixed): `path`
    // names it in findings and decides how it is read (.xlf/.xliff: XLIFF).
    FileResult check_content(const std::string& path, std::string content) const;

    const FileCheckerOptions& options() const { return options_; }

    // What a file's findings depend on besides the run's environment, for the result cache:
    // the SHA-256 of its bytes, and for an XLIFF file those of its source article too.
    // nullopt when the file cannot be read or is too large.
    std::optional<std::string> content_key(const std::string& path) const;

private:
    FileResult check_article(LoadedArticle loaded) const;
    FileResult check_xliff(const std::string& path, XliffLoad load) const;

    const XmlSchema& schema_;
    const RuleRegistry& rules_;
    const SeverityPolicy& policy_;
    FileCheckerOptions options_;
    const RuleServices& services_;
};

struct [[nodiscard]] RunResult {
    std::vector<Finding> findings; // sorted, severity policy applied
    std::vector<std::string> configuration_errors;
    int files = 0;
    // Set when the run itself failed (out of memory, an exception in a worker): then there is
    // no report, only this message and exit 2.
    std::optional<std::string> failure;
};

// Checks files on `jobs` threads (0: one per core; at most max_parallel_jobs()); the
// output does not depend on the thread count. A thread that cannot start leaves its share
// to the others; an exception while checking a file ends the run as `failure`, after every
// thread is joined.
// `progress`, when given, hears the count of files done after each file, from the
// worker threads. With a `cache`, a file it knows is not checked again, and what is
// checked is stored in it (committing is the caller's).
RunResult check_files(const std::vector<std::string>& paths, const FileChecker& checker, int jobs,
                      const std::function<void(std::size_t done)>& progress = {},
                      ResultCache* cache = nullptr);

// The same, each file's result handed to `deliver(i, result)` in path order, one call at a
// time, as soon as that file and every one before it are done (run_in_order): what waits is
// bounded by the jobs and 32 MiB of results done ahead of their turn, not by the number of
// files. The Error is the run's failure.
Status check_files_in_order(const std::vector<std::string>& paths, const FileChecker& checker,
                            int jobs, const std::function<void(std::size_t, FileResult&&)>& deliver,
                            const std::function<void(std::size_t done)>& progress = {},
                            ResultCache* cache = nullptr);

} // namespace medloc
