#include "checks/rule_registry.h"
#include "cli/command.h"
#include "cli/project_options.h"
#include "cli/translation_project.h"
#include "core/sha256.h"
#include "core/version.h"
#include "engine/article_checker.h"
#include "export/bundle_archive.h"
#include "export/bundle_builder.h"
#include "export/bundle_directory.h"
#include "export/source_revision.h"
#include "project/check_environment.h"
#include "text/printable.h"
#include "translation/merger.h"

#include <cstdlib>
#include <filesystem>
#include <map>
#include <set>

namespace medloc {

namespace {

namespace fs = std::filesystem;
namespace po = boost::program_options;

constexpr std::int64_t kDefaultTimestamp = 946684800; // 2000-01-01T00:00:00Z

// SOURCE_DATE_EPOCH when set (reproducible-builds.org), else a fixed date: never the clock.
std::int64_t archive_timestamp() {
    const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
    if (epoch == nullptr || *epoch == '\0')
        return kDefaultTimestamp;
    char* end = nullptr;
    const long long value = std::strtoll(epoch, &end, 10);
    return (*end == '\0' && value >= 0) ? value : kDefaultTimestamp;
}

// Error findings per file, for every source article and every XLIFF file the export
// may read, checked in parallel once.
Result<std::map<std::string, int>>
error_counts(const TranslationProject& project, const std::vector<std::string>& locales,
             const std::map<std::string, std::vector<std::string>>& fallbacks,
             const ArticleChecker& checker, ResultCache* cache) {
    std::vector<std::string> paths = project.files;
    std::set<std::string> xliff_locales;
    for (const std::string& locale : locales) {
        xliff_locales.insert(locale);
        if (auto chain = fallbacks.find(locale); chain != fallbacks.end())
            xliff_locales.insert(chain->second.begin(), chain->second.end());
    }
    xliff_locales.erase(project.config.settings().locales.source);
    for (const std::string& path : project.files)
        for (const std::string& locale : xliff_locales) {
            const std::string xliff = project.xliff_path(locale, expected_article_id(path));
            std::error_code ec;
            if (fs::exists(xliff, ec))
                paths.push_back(xliff);
        }
    CheckRun run = check_files(paths, checker, jobs_from(project.config), {}, cache);
    // A run that failed, or met a configuration error (a missing dictionary), did not check
    // everything: nothing may be exported on its word.
    if (run.failure)
        return Error{*run.failure};
    if (!run.configuration_errors.empty())
        return Error{run.configuration_errors.front()};
    std::map<std::string, int> counts;
    for (const Finding& finding : run.findings)
        counts[finding.file] += finding.severity == Severity::error;
    return counts;
}

std::string count_of(int n, const std::string& what) {
    return std::to_string(n) + " " + what + (n == 1 ? "" : "s");
}

} // namespace

int run_export_command(const std::vector<std::string>& arguments, Terminal& terminal) {
    po::options_description extra("Export options");
    extra.add_options()("out,o", po::value<std::string>(),
                        "the bundle: a directory, or the archive file with --archive")(
        "archive", po::value<std::string>(), "write one archive instead: tar.gz or zip")(
        "all-locales", "the source locale and every target locale (the default without --locale)")(
        "no-cache", "check every file, without the result cache");
    auto opened = open_translation_project(
        arguments, terminal, "export",
        "Usage: medloc export [--locale L]... [--all-locales] --out DIR [--archive tar.gz|zip]\n\n"
        "Writes the publishable articles as a JSON bundle for apps (docs/formats/bundle.md):\n"
        "per locale, the articles whose source review is approved, whose every block has a\n"
        "final, not stale translation (or one from a locale of locales.fallbacks) and whose\n"
        "source and XLIFF files have no error finding; an index per locale; and manifest.json\n"
        "with the exclusions and the SHA-256 of every file. The bundle replaces DIR atomically;\n"
        "an archive is written atomically too. The same input gives the same bytes\n"
        "(SOURCE_DATE_EPOCH sets the archive times). Exit status: 0 written, 2 error.",
        extra, true);
    if (auto* code = std::get_if<int>(&opened))
        return *code;
    const TranslationProject& project = std::get<TranslationProject>(opened);
    const po::variables_map& options = project.options;
    if (!options.count("out")) {
        terminal.err << "medloc export: --out is required\n";
        return kExitUsage;
    }
    const std::string out = options["out"].as<std::string>();
    std::optional<ArchiveFormat> archive_format;
    if (options.count("archive")) {
        archive_format = parse_archive_format(options["archive"].as<std::string>());
        if (!archive_format) {
            terminal.err << "medloc export: --archive takes tar.gz or zip, not '"
                         << options["archive"].as<std::string>() << "'\n";
            return kExitUsage;
        }
    }
    // Before anything is checked: a target that is not medloc's own stops the run (exit 2)
    // with nothing touched.
    if (Status allowed =
            archive_format ? check_bundle_archive_target(out) : check_bundle_directory_target(out);
        !allowed) {
        terminal.err << "medloc export: " << allowed.error().message << '\n';
        return kExitUsage;
    }
    const Config& config = project.config;
    const std::string source_locale = config.settings().locales.source;
    std::vector<std::string> locales;
    if (options.count("locale") && !options.count("all-locales")) {
        locales = project.locales;
    } else {
        locales = {source_locale};
        for (const std::string& locale : config.settings().locales.targets)
            if (locale != source_locale)
                locales.push_back(locale);
    }
    const auto fallbacks = config.settings().locales.fallbacks;
    for (const std::string& locale : locales)
        if (!is_safe_bundle_path(locale)) {
            terminal.err << "medloc export: '" << locale << "' cannot name a bundle folder\n";
            return kExitUsage;
        }

    const CheckOptions check_options = medloc::check_options(config, *project.setup, true);
    const SeverityPolicy policy = config.settings().severities;
    const ArticleChecker checker(*project.setup->article_schema, project.setup->rules, policy,
                                 check_options, project.setup->services);
    // The same result cache as `medloc check`: a corpus just checked is not checked again.
    std::unique_ptr<ResultCache> cache;
    if (!options.count("no-cache")) {
        auto opened_cache = open_project_cache(config, true, terminal);
        if (!opened_cache) {
            terminal.err << "medloc export: " << opened_cache.error().message << '\n';
            return kExitUsage;
        }
        cache = std::move(opened_cache).value();
    }
    auto checked = error_counts(project, locales, fallbacks, checker, cache.get());
    save_project_cache(cache.get(), terminal);
    if (!checked) {
        terminal.err << "medloc export: " << checked.error().message << '\n';
        return kExitUsage;
    }
    const std::map<std::string, int>& errors = checked.value();
    auto errors_in = [&](const std::string& path) {
        auto found = errors.find(path);
        return found == errors.end() ? 0 : found->second;
    };

    BundleDescription description;
    description.tool_version = std::string(tool_version());
    description.source_revision = git_head_commit(config.settings().paths.content);
    description.source_locale = source_locale;
    description.locales = locales;
    for (const std::string& locale : locales)
        if (auto chain = fallbacks.find(locale); chain != fallbacks.end())
            description.fallback_locales[locale] = chain->second;
    BundleBuilder builder(description);
    int exported = 0;
    int excluded = 0;
    auto exclude = [&](const std::string& id, const std::string& locale,
                       std::vector<std::string> reasons) {
        terminal.out << printable(locale) << "/" << printable(id)
                     << ": excluded: " << printable(reasons.front());
        if (reasons.size() > 1)
            terminal.out << " (and " << reasons.size() - 1 << " more in manifest.json)";
        terminal.out << '\n';
        builder.exclude({id, locale, std::move(reasons)});
        ++excluded;
    };

    for (const std::string& path : project.files) {
        const std::string id = expected_article_id(path);
        auto source = load_source_article(path, project, terminal);
        if (!source) {
            for (const std::string& locale : locales)
                exclude(id, locale, {"the source article cannot be read or is not valid"});
            continue;
        }
        const Article& article = source->article;
        std::vector<std::string> source_reasons;
        if (article.review.status != "approved")
            source_reasons.push_back(
                "not approved (review status: " +
                (article.review.status.empty() ? std::string("none") : article.review.status) +
                ")");
        if (const int n = errors_in(path); n > 0)
            source_reasons.push_back(count_of(n, "error finding") + " in " + path);
        ArticleExportInfo info;
        info.source_locale = source_locale;
        info.source_hash = "sha256:" + sha256_hex(article.source->content);

        for (const std::string& locale : locales) {
            std::vector<std::string> reasons = source_reasons;
            if (locale == source_locale) {
                if (!reasons.empty()) {
                    exclude(article.id, locale, reasons);
                    continue;
                }
                builder.add_article(article, info);
                ++exported;
                continue;
            }
            // The locale's own file, then its fallbacks; the source locale stands for itself.
            std::vector<std::string> chain = {locale};
            if (auto found = fallbacks.find(locale); found != fallbacks.end())
                chain.insert(chain.end(), found->second.begin(), found->second.end());
            std::vector<std::optional<XliffDocument>> files(chain.size());
            LocalizeRequest request;
            for (std::size_t i = 0; i < chain.size(); ++i) {
                if (chain[i] != source_locale) {
                    const std::string xliff_path = project.xliff_path(chain[i], article.id);
                    files[i] = load_existing_xliff(xliff_path, terminal);
                    if (files[i])
                        if (const int n = errors_in(xliff_path); n > 0) {
                            if (i == 0)
                                reasons.push_back(count_of(n, "error finding") + " in " +
                                                  xliff_path);
                            files[i].reset(); // a fallback with errors is not used
                        }
                }
                request.sources.push_back({chain[i], files[i] ? &*files[i] : nullptr});
            }
            request.article = &article;
            request.tree = &*source->document.tree;
            request.target_locale = locale;
            request.name = locale + "/" + article.id + ".json";
            request.schema = &*project.setup->article_schema;
            auto localized = localize_article(request);
            std::error_code ec;
            if (chain.size() == 1 && !fs::exists(project.xliff_path(locale, article.id), ec)) {
                reasons.push_back("not translated: no " + project.xliff_path(locale, article.id));
            } else if (!localized) {
                reasons.push_back(localized.error().message);
            } else {
                for (const std::string& missing : localized.value().missing)
                    reasons.push_back("block " + missing);
            }
            if (!reasons.empty()) {
                exclude(article.id, locale, reasons);
                continue;
            }
            LoadedDocument loaded =
                load_xml_text(request.name, localized.value().xml, project.article_rules());
            if (!loaded.ok()) {
                exclude(article.id, locale, {"the localized article does not load"});
                continue;
            }
            ArticleExportInfo localized_info = info;
            localized_info.fallbacks = localized.value().fallbacks;
            builder.add_article(build_article(loaded.source, *loaded.tree), localized_info);
            ++exported;
        }
    }

    const BundleFiles files = builder.finish();
    if (archive_format) {
        auto bytes = build_archive(files, *archive_format, archive_timestamp());
        if (!bytes) {
            terminal.err << "medloc export: " << bytes.error().message << '\n';
            return kExitUsage;
        }
        if (Status written = publish_bundle_archive(out, bytes.value()); !written) {
            terminal.err << "medloc export: " << written.error().message << '\n';
            return kExitUsage;
        }
    } else if (Status published = publish_bundle_directory(out, files); !published) {
        terminal.err << "medloc export: " << published.error().message << '\n';
        return kExitUsage;
    }
    terminal.out << "medloc export: " << count_of(exported, "article") << " in "
                 << count_of(static_cast<int>(locales.size()), "locale") << ", " << excluded
                 << " excluded, " << count_of(static_cast<int>(files.size()), "file") << " -> "
                 << out << '\n';
    return kExitClean;
}

} // namespace medloc
