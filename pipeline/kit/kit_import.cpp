#include "kit/kit_import.h"

#include "core/atomic_file.h"
#include "core/markup_escape.h"
#include "core/sha256.h"
#include "kit/inline_content.h"
#include "kit/kit_manifest.h"
#include "loading/article.h"
#include "loading/document_loader.h"
#include "translation/block_source.h"
#include "translation/coverage.h"
#include "translation/extractor.h"
#include "translation/unit_target.h"
#include "translation/xliff_reader.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <set>

#include <nlohmann/json.hpp>

namespace medloc {

namespace {

namespace fs = std::filesystem;

std::string lower_locale(std::string_view locale) {
    std::string out;
    for (char c : locale)
        out += c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string base_name(std::string_view path) {
    const std::size_t slash = path.find_last_of("/\\");
    return std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

// "content/fievre-enfant.xml" -> "fievre-enfant"; "fievre-enfant.fr.po" -> "fievre-enfant".
std::string stem(std::string_view path) {
    std::string name = base_name(path);
    return name.substr(0, name.find('.'));
}

bool is_xliff_name(std::string_view path) {
    for (std::string_view extension : {".xlf", ".xliff", ".xlif", ".sdlxliff", ".mqxliff", ".xml"})
        if (path.size() >= extension.size()) {
            std::string tail(path.substr(path.size() - extension.size()));
            std::transform(tail.begin(), tail.end(), tail.begin(),
                           [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
            if (tail == extension)
                return true;
        }
    return false;
}

// A temporary folder for the check files, removed with everything in it.
class ScratchFolder {
public:
    ScratchFolder() {
        std::error_code ec;
        std::string pattern = (fs::temp_directory_path(ec) / "medloc-kit-XXXXXX").string();
        if (char* made = mkdtemp(pattern.data()))
            path_ = made;
    }
    ScratchFolder(const ScratchFolder&) = delete;
    ScratchFolder& operator=(const ScratchFolder&) = delete;
    ~ScratchFolder() {
        std::error_code ec;
        if (!path_.empty())
            fs::remove_all(path_, ec);
    }
    const std::string& path() const { return path_; }

private:
    std::string path_;
};

struct RepositoryArticle {
    LoadedDocument document;
    Article article;
    std::map<std::string, BlockSource> sources; // by block id
};

struct ReturnedDocument {
    std::string entry;
    XliffDocument xliff;
    std::string locale; // empty when it cannot be told
};

struct ReturnedRef {
    const ReturnedDocument* document = nullptr;
    const XliffUnit* unit = nullptr;
};

std::string data_xml(const std::vector<std::pair<std::string, std::string>>& data) {
    if (data.empty())
        return "";
    std::string xml = "      <originalData>\n";
    for (const auto& [id, tag] : data)
        xml += "        <data id=\"" + escape_attribute(id) + "\">" + escape_xml_text(tag) +
               "</data>\n";
    return xml + "      </originalData>\n";
}

// The unit as a file of its own, as medloc would keep it: the source that was sent and the
// returned target. The project's checker runs on it.
std::string check_file(const KitUnit& unit, const std::string& source_locale,
                       const std::string& target) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff xmlns=\"" +
           std::string(kXliff2Namespace) + "\" version=\"2.1\" srcLang=\"" +
           escape_attribute(source_locale) + "\" trgLang=\"" + escape_attribute(unit.locale) +
           "\">\n  <file id=\"" + escape_attribute(unit.article) + "\">\n    <unit id=\"" +
           escape_attribute(unit.unit) + "\">\n" + data_xml(unit.original_data) +
           "      <segment state=\"translated\">\n        <source>" + unit.source +
           "</source>\n        <target>" + target +
           "</target>\n      </segment>\n    </unit>\n  </file>\n</xliff>\n";
}

Result<KitManifest> read_manifest(const KitImportRequest& request,
                                  const std::vector<KitEntry>& entries, KitImportResult& result) {
    std::optional<std::string> returned;
    for (const KitEntry& entry : entries)
        if (base_name(entry.path) == kManifestName) {
            if (returned && *returned != entry.content)
                return Error{request.returned_path + ": two different kit.json files"};
            returned = entry.content;
        }
    std::optional<std::string> text = returned;
    if (request.manifest_path) {
        auto file = read_source_file(*request.manifest_path, request.limits);
        if (!file)
            return Error{file.error().message};
        text = file.value()->content;
    }
    if (!text)
        return Error{request.returned_path +
                     ": no kit.json; send it back with the translations, or give it with "
                     "--manifest"};
    auto manifest = parse_manifest(*text);
    if (!manifest)
        return Error{(request.manifest_path ? *request.manifest_path : request.returned_path) +
                     ": " + manifest.error().message};
    if (returned && request.manifest_path) {
        auto other = parse_manifest(*returned);
        if (!other || manifest_json(other.value()) != manifest_json(manifest.value()))
            return Error{request.returned_path + ": its kit.json differs from " +
                         *request.manifest_path};
    }
    const std::string record =
        (fs::path(request.record_dir) / (manifest.value().kit_id + ".json")).string();
    std::error_code ec;
    if (fs::exists(record, ec)) {
        auto file = read_source_file(record, request.limits);
        if (!file)
            return Error{file.error().message};
        auto recorded = parse_manifest(file.value()->content);
        if (!recorded)
            return Error{record + ": " + recorded.error().message};
        if (manifest_json(recorded.value()) != manifest_json(manifest.value()))
            return Error{request.returned_path +
                         ": kit.json differs from the manifest recorded "
                         "when the kit was made (" +
                         record + "); refused"};
    } else {
        result.notes.push_back("no record of this kit in " + request.record_dir +
                               ": its kit.json was taken as it came back");
    }
    if (lower_locale(manifest.value().source_locale) != lower_locale(request.source_locale))
        return Error{"the kit's source locale " + manifest.value().source_locale +
                     " is not the project's (" + request.source_locale + ")"};
    return manifest;
}

// The kit locale a returned document is in: its target language, a folder of its path named
// after a locale, or the kit's only locale.
std::string locale_of(const XliffDocument& xliff, const std::string& entry,
                      const KitManifest& manifest) {
    for (const std::string& locale : manifest.target_locales)
        if (!xliff.target_locale.empty() &&
            lower_locale(xliff.target_locale) == lower_locale(locale))
            return locale;
    std::size_t start = 0;
    while (start < entry.size()) {
        std::size_t end = entry.find('/', start);
        if (end == std::string::npos)
            break;
        for (const std::string& locale : manifest.target_locales)
            if (lower_locale(entry.substr(start, end - start)) == lower_locale(locale))
                return locale;
        start = end + 1;
    }
    return manifest.target_locales.size() == 1 ? manifest.target_locales.front() : "";
}

class Matcher {
public:
    explicit Matcher(const KitManifest& manifest) : manifest_(manifest) {
        for (const KitContextUnit& unit : manifest.context)
            context_.insert({unit.locale, unit.article, unit.unit});
    }

    // The kit unit a returned unit is, or why not; context units give {nullptr, ""}.
    std::pair<const KitUnit*, std::string> match(const ReturnedDocument& document,
                                                 const XliffUnit& unit, bool* context) const {
        *context = false;
        if (document.locale.empty())
            return {nullptr, "cannot tell its target locale"};
        std::set<std::string> articles = {stem(unit.file_id), stem(document.entry)};
        for (const std::string& original : document.xliff.file_originals)
            articles.insert(stem(original));
        std::vector<std::string> ids = {unit.id, unit.name};
        ids.insert(ids.end(), unit.locations.begin(), unit.locations.end());
        std::set<const KitUnit*> found;
        for (const std::string& id : ids) {
            if (id.empty())
                continue;
            std::vector<std::pair<std::string, std::string>> keys;
            if (const std::size_t slash = id.find('/'); slash != std::string::npos)
                keys.emplace_back(id.substr(0, slash), id.substr(slash + 1));
            for (const std::string& article : articles)
                keys.emplace_back(article, id);
            for (const auto& [article, unit_id] : keys) {
                if (const KitUnit* kit_unit = manifest_.find(document.locale, article, unit_id))
                    found.insert(kit_unit);
                else if (context_.contains({document.locale, article, unit_id}))
                    *context = true;
            }
        }
        if (found.size() == 1)
            return {*found.begin(), ""};
        if (found.empty() && *context)
            return {nullptr, ""};
        // By the text of its source: the ids were lost (a converter renumbered them) or
        // name several units.
        const std::string hash = "sha256:" + sha256_of_source(document, unit);
        std::set<const KitUnit*> by_text;
        for (const KitUnit& candidate : manifest_.units)
            if (candidate.locale == document.locale && candidate.source_hash == hash &&
                (found.empty() || found.contains(&candidate)))
                by_text.insert(&candidate);
        if (by_text.size() == 1)
            return {*by_text.begin(), ""};
        if (!by_text.empty() || found.size() > 1)
            return {nullptr, "matches several units of the kit"};
        return {nullptr, "not a unit of this kit"};
    }

private:
    static std::string sha256_of_source(const ReturnedDocument& document, const XliffUnit& unit) {
        return sha256_hex(render_unit_content(document.xliff, unit, false).text);
    }

    const KitManifest& manifest_;
    std::set<std::tuple<std::string, std::string, std::string>> context_;
};

Finding without_position(Finding finding) {
    finding.file.clear();
    finding.position = {};
    return finding;
}

} // namespace

int KitImportResult::count(ImportOutcome outcome) const {
    return static_cast<int>(std::count_if(
        units.begin(), units.end(), [&](const ImportedUnit& u) { return u.outcome == outcome; }));
}

Result<KitImportResult> import_kit(const KitImportRequest& request) {
    KitImportResult result;
    auto entries = read_returned_kit(request.returned_path, request.archive_limits);
    if (!entries)
        return entries.error();
    auto manifest_read = read_manifest(request, entries.value(), result);
    if (!manifest_read)
        return manifest_read.error();
    const KitManifest& manifest = manifest_read.value();
    result.kit_id = manifest.kit_id;

    // Every XLIFF file that came back.
    std::vector<std::unique_ptr<ReturnedDocument>> documents;
    for (const KitEntry& entry : entries.value()) {
        const std::string name = base_name(entry.path);
        if (name == kManifestName || name == "conventions.md" || name == "glossary.csv" ||
            name == "glossary.tbx")
            continue;
        if (!is_xliff_name(entry.path)) {
            result.ignored.push_back(entry.path + ": not an XLIFF file");
            continue;
        }
        XliffLoad load = load_xliff_text(entry.path, entry.content, request.limits);
        if (!load.document) {
            result.ignored.push_back(
                entry.path + ": not XLIFF (" +
                (load.issues.empty() ? std::string("unreadable") : load.issues.front().message) +
                ")");
            continue;
        }
        auto document = std::make_unique<ReturnedDocument>();
        document->entry = entry.path;
        document->xliff = std::move(*load.document);
        document->locale = locale_of(document->xliff, entry.path, manifest);
        documents.push_back(std::move(document));
    }

    // Returned units matched to the kit's.
    const Matcher matcher(manifest);
    std::map<const KitUnit*, std::vector<ReturnedRef>> returned;
    std::vector<ImportedUnit> unknown;
    for (const auto& document : documents)
        for (const XliffUnit& unit : document->xliff.units) {
            bool context = false;
            auto [kit_unit, why] = matcher.match(*document, unit, &context);
            if (kit_unit != nullptr) {
                returned[kit_unit].push_back({document.get(), &unit});
            } else if (!context) {
                ImportedUnit entry;
                entry.locale = document->locale;
                entry.article = unit.file_id;
                entry.unit = unit.id;
                entry.reason = why;
                entry.returned_file = document->entry;
                entry.line = document->xliff.source->position(unit.offset).line;
                unknown.push_back(std::move(entry));
            }
        }

    // The repository: source articles by id, loaded when a unit needs them, and the XLIFF
    // files of translations/.
    std::map<std::string, std::string> article_paths;
    for (const std::string& path : request.article_paths)
        article_paths.emplace(expected_article_id(path), path);
    std::map<std::string, std::unique_ptr<RepositoryArticle>> articles;
    const auto repository_article = [&](const std::string& id) -> RepositoryArticle* {
        auto cached = articles.find(id);
        if (cached != articles.end())
            return cached->second.get();
        std::unique_ptr<RepositoryArticle> loaded;
        if (auto path = article_paths.find(id); path != article_paths.end()) {
            LoadedDocument document =
                load_xml_document(path->second, DocumentRules{request.article_schema, false,
                                                              request.limits, "articles"});
            if (document.ok()) {
                loaded = std::make_unique<RepositoryArticle>();
                loaded->article = build_article(document.source, *document.tree);
                std::map<std::size_t, std::size_t> element_at;
                for (std::size_t index : document.tree->elements())
                    element_at.emplace(document.tree->node(index).begin, index);
                for (const Block& block : loaded->article.blocks)
                    loaded->sources.emplace(
                        block.id, make_block_source(loaded->article.source->content, *document.tree,
                                                    element_at.at(block.source_offset)));
                loaded->document = std::move(document);
            }
        }
        return articles.emplace(id, std::move(loaded)).first->second.get();
    };
    // translations/ files: absent (created at merge), usable, or not one medloc may edit.
    struct Translation {
        std::optional<XliffDocument> document;
        std::string unusable; // why the file cannot take targets
    };
    std::map<std::string, Translation> translations;
    const auto xliff_path = [&](const std::string& locale, const std::string& article) {
        return (fs::path(request.translations_dir) / locale / (article + ".xlf")).string();
    };
    const auto translation = [&](const std::string& path) -> const Translation& {
        auto cached = translations.find(path);
        if (cached == translations.end()) {
            Translation file;
            std::error_code ec;
            if (fs::exists(path, ec)) {
                XliffLoad load = load_xliff(path, request.limits);
                file.document = std::move(load.document);
                if (!file.document)
                    file.unusable = path + " cannot be read; it is not overwritten";
                else if (!file.document->version.starts_with("2."))
                    file.unusable = path + " is XLIFF " + file.document->version +
                                    "; medloc merges into XLIFF 2 files only";
            }
            cached = translations.emplace(path, std::move(file)).first;
        }
        return cached->second;
    };

    ScratchFolder scratch;
    if (scratch.path().empty())
        return Error{"cannot make a temporary folder for the checks"};
    int check_files = 0;

    // Decisions, unit by unit, in kit order; what will be written, by file.
    std::map<std::string, std::vector<UnitTargetEdit>> edits;
    std::map<std::string, std::pair<std::string, std::string>> edit_files; // path -> locale, id
    for (const KitUnit& kit_unit : manifest.units) {
        ImportedUnit entry;
        entry.locale = kit_unit.locale;
        entry.article = kit_unit.article;
        entry.unit = kit_unit.unit;
        auto found = returned.find(&kit_unit);
        if (found == returned.end()) {
            entry.outcome = ImportOutcome::not_returned;
            entry.reason = "not in what came back";
            result.units.push_back(std::move(entry));
            continue;
        }
        const ReturnedRef ref = found->second.front();
        entry.returned_file = ref.document->entry;
        entry.line = ref.document->xliff.source->position(ref.unit->offset).line;
        const RenderedContent target = render_unit_content(ref.document->xliff, *ref.unit, true);
        bool differ = false;
        for (const ReturnedRef& other : found->second)
            differ =
                differ || render_unit_content(other.document->xliff, *other.unit, true).markup !=
                              target.markup;
        if (differ) {
            entry.reason = "came back " + std::to_string(found->second.size()) +
                           " times with different targets";
            result.units.push_back(std::move(entry));
            continue;
        }

        ReturnedUnitFacts facts;
        facts.force = request.force;
        facts.previous_target_hash = kit_unit.previous_target_hash;
        facts.source_altered =
            "sha256:" +
                sha256_hex(render_unit_content(ref.document->xliff, *ref.unit, false).text) !=
            kit_unit.source_hash;
        facts.has_target = target.complete && !target.markup.empty();
        facts.code_problem = target.problem;
        facts.target_hash = markup_hash(target.markup);
        facts.returned_state = ref.unit->state();
        RepositoryArticle* article = repository_article(kit_unit.article);
        const BlockSource* current = nullptr;
        const Block* block = nullptr;
        if (article == nullptr) {
            facts.gone = "the article is no longer in the project (or is not valid)";
        } else if (auto source = article->sources.find(kit_unit.unit);
                   source == article->sources.end()) {
            facts.gone = "the block is no longer in the article";
        } else {
            current = &source->second;
            block = article->article.find_block(kit_unit.unit);
            facts.source_changed = current->hash != kit_unit.block_hash;
        }
        if (!facts.source_altered && facts.has_target && facts.code_problem.empty() &&
            facts.gone.empty()) {
            // The project's rules on the sent source and the returned target.
            const CodeMap sent_codes = code_map(kit_unit.source);
            const RenderedContent checked =
                render_unit_content(ref.document->xliff, *ref.unit, true, &sent_codes);
            const fs::path folder = fs::path(scratch.path()) / std::to_string(++check_files);
            const std::string path = (folder / (kit_unit.article + ".xlf")).string();
            if (Status written = write_file_atomically(
                    path, check_file(kit_unit, manifest.source_locale, checked.markup));
                !written)
                return Error{"cannot write a check file: " + written.error().message};
            FileResult check = request.checker->check_file(path);
            if (!check.configuration_errors.empty())
                return Error{"the rules cannot run: " + check.configuration_errors.front()};
            std::vector<Finding> findings = check.findings.to_vector();
            sort_findings(findings);
            for (Finding& finding : findings) {
                if (finding.severity == Severity::error)
                    facts.errors.push_back(without_position(finding));
                entry.findings.push_back(without_position(std::move(finding)));
            }
        }
        const std::string path = xliff_path(kit_unit.locale, kit_unit.article);
        const Translation& file = translation(path);
        if (facts.gone.empty() && !file.unusable.empty())
            facts.gone = file.unusable;
        if (current != nullptr && file.document && file.unusable.empty())
            if (const XliffDocument* now = &*file.document)
                if (const XliffUnit* unit = now->find_unit(kit_unit.unit);
                    unit != nullptr && unit->has_target()) {
                    facts.repository.has_target = true;
                    facts.repository.markup_hash =
                        markup_hash(render_unit_content(*now, *unit, true).markup);
                    facts.repository.state = unit->state();
                    facts.repository.stale = unit_is_stale(*unit, current->hash);
                }
        const UnitDecision decision = decide_unit(facts);
        entry.outcome = decision.outcome;
        entry.reason = decision.reason;
        if (decision.outcome == ImportOutcome::imported ||
            decision.outcome == ImportOutcome::imported_stale) {
            const CodeMap current_codes = code_map(current->xliff_content);
            UnitTargetEdit edit;
            edit.unit_id = kit_unit.unit;
            edit.block_kind = block->kind;
            edit.source = *current;
            edit.target_content =
                render_unit_content(ref.document->xliff, *ref.unit, true, &current_codes).markup;
            edit.state = decision.state;
            edit.stale = decision.stale;
            edit.metadata["kit"] = manifest.kit_id;
            edits[path].push_back(std::move(edit));
            edit_files[path] = {kit_unit.locale, kit_unit.article};
        }
        result.units.push_back(std::move(entry));
    }
    for (ImportedUnit& entry : unknown)
        result.units.push_back(std::move(entry));

    // Every decision is made: now the writes, one atomic replacement per file.
    for (const auto& [path, file_edits] : edits) {
        std::error_code ec;
        if (!fs::exists(path, ec)) {
            // Created as extract creates it, then the targets set.
            const auto& [locale, id] = edit_files[path];
            RepositoryArticle* article = repository_article(id);
            ExtractRequest create;
            create.article = &article->article;
            create.tree = &*article->document.tree;
            create.source_locale =
                article->article.locale.empty() ? request.source_locale : article->article.locale;
            create.target_locale = locale;
            create.xliff_path = path;
            if (auto created = extract_article(create); !created) {
                result.write_error = created.error().message;
                return result;
            }
        }
        auto existing = read_source_file(path, request.limits);
        if (!existing) {
            result.write_error = path + ": " + existing.error().message;
            return result;
        }
        auto content = set_unit_targets(path, existing.value()->content, file_edits);
        if (!content) {
            result.write_error = content.error().message;
            return result;
        }
        if (Status written = write_file_atomically(path, content.value()); !written) {
            result.write_error = written.error().message;
            return result;
        }
        result.written.push_back(path);
    }
    return result;
}

std::string import_report_json(const KitImportResult& result) {
    using Json = nlohmann::ordered_json;
    Json json;
    json["format"] = "medloc-kit-import";
    json["format_version"] = 1;
    json["kit_id"] = result.kit_id;
    Json summary = Json::object();
    for (ImportOutcome outcome :
         {ImportOutcome::imported, ImportOutcome::imported_stale, ImportOutcome::rejected,
          ImportOutcome::conflicting, ImportOutcome::unchanged, ImportOutcome::untranslated,
          ImportOutcome::not_returned})
        summary[std::string(to_string(outcome))] = result.count(outcome);
    json["summary"] = summary;
    json["units"] = Json::array();
    for (const ImportedUnit& unit : result.units) {
        Json item = {{"locale", unit.locale},
                     {"article", unit.article},
                     {"unit", unit.unit},
                     {"outcome", to_string(unit.outcome)},
                     {"reason", unit.reason}};
        if (!unit.returned_file.empty()) {
            item["returned_file"] = unit.returned_file;
            item["line"] = unit.line;
        }
        item["findings"] = Json::array();
        for (const Finding& finding : unit.findings)
            item["findings"].push_back({{"rule_id", finding.rule_id},
                                        {"severity", to_string(finding.severity)},
                                        {"message", finding.message},
                                        {"text", finding.flagged_text}});
        json["units"].push_back(item);
    }
    json["ignored"] = result.ignored;
    json["notes"] = result.notes;
    json["written"] = result.written;
    if (!result.write_error.empty())
        json["write_error"] = result.write_error;
    return json.dump(2) + "\n";
}

} // namespace medloc
