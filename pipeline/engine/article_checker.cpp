#include "engine/article_checker.h"

#include "checks/schema/doctype_rule.h"
#include "checks/schema/encoding_rule.h"
#include "checks/schema/invalid_rule.h"
#include "checks/schema/not_well_formed_rule.h"
#include "checks/schema/unreadable_file_rule.h"
#include "loading/encoding_check.h"
#include "loading/markup_tree.h"
#include "loading/node_locator.h"
#include "loading/xml_parser.h"

#include <algorithm>
#include <atomic>
#include <thread>

namespace medloc {

namespace {

Finding file_finding(const RuleInfo& rule, const std::string& path, SourcePosition position,
                     std::string message) {
    Finding finding;
    finding.rule_id = std::string(rule.id);
    finding.severity = rule.default_severity;
    finding.file = path;
    finding.position = position;
    finding.document_id = expected_article_id(path);
    finding.message = std::move(message);
    return finding;
}

// libxml2 writes "Element 'p', attribute 'id': ..." for attribute errors.
std::string_view attribute_named_in(std::string_view message) {
    constexpr std::string_view marker = ", attribute '";
    const std::size_t at = message.find(marker);
    if (at == std::string_view::npos)
        return {};
    const std::size_t begin = at + marker.size();
    const std::size_t end = message.find('\'', begin);
    return end == std::string_view::npos ? std::string_view() : message.substr(begin, end - begin);
}

bool only_white_space(std::string_view content) {
    if (content.starts_with(utf8::kByteOrderMark))
        content.remove_prefix(utf8::kByteOrderMark.size());
    return std::all_of(content.begin(), content.end(),
                       [](char c) { return is_xml_space(static_cast<unsigned char>(c)); });
}

} // namespace

LoadedArticle load_article(const std::string& path, const XmlSchema& schema,
                           const ReadLimits& limits) {
    LoadedArticle loaded;
    auto& findings = loaded.findings;

    auto read = read_source_file(path, limits);
    if (!read) {
        findings.push_back(file_finding(UnreadableFileRule::kInfo, path, {}, read.error().message));
        return loaded;
    }
    std::shared_ptr<const SourceFile> source = std::move(read).value();
    const std::string& content = source->content;

    if (only_white_space(content)) {
        findings.push_back(
            file_finding(NotWellFormedRule::kInfo, path, {1, 1}, "file is empty: no XML element"));
        return loaded;
    }
    if (auto problem = find_encoding_problem(content)) {
        findings.push_back(file_finding(EncodingRule::kInfo, path,
                                        source->position(problem->offset), problem->message));
        return loaded;
    }

    XmlParseResult parsed = parse_untrusted_xml(content, path);
    if (!parsed.document) {
        for (const XmlIssue& issue : parsed.issues)
            findings.push_back(
                file_finding(NotWellFormedRule::kInfo, path, issue.position, issue.message));
        return loaded;
    }
    if (parsed.has_doctype) {
        const std::size_t at = content.find("<!DOCTYPE");
        findings.push_back(file_finding(
            DoctypeRule::kInfo, path, source->position(at == std::string::npos ? 0 : at),
            "articles must not declare a DOCTYPE: DTDs and entities are never processed"));
        return loaded;
    }

    const MarkupTree tree = scan_markup(content);
    const std::vector<SchemaIssue> invalid = schema.validate(parsed.document.get());
    if (!invalid.empty()) {
        const NodeLocator locator(parsed.document.get(), tree);
        for (const SchemaIssue& issue : invalid) {
            SourcePosition position{issue.line > 0 ? issue.line : 1, 1};
            if (const auto offset =
                    locator.source_offset(issue.node, attribute_named_in(issue.message)))
                position = source->position(*offset);
            findings.push_back(file_finding(InvalidRule::kInfo, path, position, issue.message));
        }
        return loaded;
    }
    loaded.article = build_article(source, tree);
    return loaded;
}

ArticleChecker::ArticleChecker(const XmlSchema& schema, const RuleRegistry& rules,
                               const SeverityPolicy& policy, CheckOptions options,
                               const CheckServices& services)
    : schema_(schema), rules_(rules), policy_(policy), options_(options), services_(services) {}

FileCheck ArticleChecker::check_file(const std::string& path) const {
    LoadedArticle loaded = load_article(path, schema_, options_.limits);
    FileCheck result;
    std::vector<Finding>& findings = result.findings;
    findings = std::move(loaded.findings);
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
        result.configuration_errors = context.configuration_errors();
    }
    policy_.apply(findings);
    return result;
}

CheckRun check_files(const std::vector<std::string>& paths, const ArticleChecker& checker,
                     int jobs) {
    std::vector<FileCheck> per_file(paths.size());
    std::atomic<std::size_t> next{0};
    const auto work = [&] {
        for (std::size_t i = next++; i < paths.size(); i = next++)
            per_file[i] = checker.check_file(paths[i]);
    };
    const int threads =
        std::clamp(jobs, 1, static_cast<int>(std::max<std::size_t>(paths.size(), 1)));
    std::vector<std::thread> workers;
    for (int t = 1; t < threads; ++t)
        workers.emplace_back(work);
    work();
    for (std::thread& worker : workers)
        worker.join();

    CheckRun run;
    run.files = static_cast<int>(paths.size());
    for (FileCheck& file : per_file) {
        run.findings.insert(run.findings.end(), std::make_move_iterator(file.findings.begin()),
                            std::make_move_iterator(file.findings.end()));
        for (std::string& error : file.configuration_errors)
            if (std::find(run.configuration_errors.begin(), run.configuration_errors.end(),
                          error) == run.configuration_errors.end())
                run.configuration_errors.push_back(std::move(error));
    }
    sort_findings(run.findings);
    return run;
}

} // namespace medloc
