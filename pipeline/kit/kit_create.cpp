#include "kit/kit_create.h"

#include "checks/medical/microgram_notation_rule.h"
#include "checks/terminology/terminology_service.h"
#include "checks/typography/french_punctuation.h"
#include "core/atomic_file.h"
#include "core/markup_escape.h"
#include "core/sha256.h"
#include "export/bundle_archive.h"
#include "kit/inline_content.h"
#include "language/language_profile.h"
#include "language/word_tokenizer.h"
#include "loading/article.h"
#include "loading/document_loader.h"
#include "terminology/termbase_export.h"
#include "translation/block_source.h"
#include "translation/coverage.h"
#include "translation/xliff_reader.h"

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>

namespace medloc {

namespace {

namespace fs = std::filesystem;

// One unit of a kit file: sent for work or as locked context.
struct KitFileUnit {
    const Block* block = nullptr;
    BlockSource source;
    KitUnitStatus status = KitUnitStatus::missing;
    bool context = false;
    std::string target; // XLIFF 2 inline markup of the repository's target, when there is one
};

std::string note_for(const KitFileUnit& unit) {
    if (unit.context)
        return "Approved translation, given as context: do not change it.";
    switch (unit.status) {
    case KitUnitStatus::missing:
        return "New text: translate it.";
    case KitUnitStatus::stale:
        return "The French source changed since this translation (given as the target): "
               "update the target to the new source.";
    case KitUnitStatus::current:
        return "Translated and current: given for revision.";
    }
    return "";
}

std::string xliff2_file(const Article& article, const std::string& source_locale,
                        const std::string& locale, const std::vector<KitFileUnit>& units) {
    std::ostringstream out;
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff xmlns=\"" << kXliff2Namespace
        << "\" xmlns:mda=\"" << kMetadataNamespace << "\" version=\"2.1\" srcLang=\""
        << escape_attribute(source_locale) << "\" trgLang=\"" << escape_attribute(locale) << "\">\n"
        << "  <file id=\"" << escape_attribute(article.id) << "\" original=\""
        << escape_attribute(article.path()) << "\">\n";
    for (const KitFileUnit& unit : units) {
        out << "    <unit id=\"" << escape_attribute(unit.block->id) << "\""
            << (unit.context ? " translate=\"no\"" : "") << ">\n"
            << "      <mda:metadata>\n        <mda:metaGroup category=\"medloc-kit\">\n"
            << "          <mda:meta type=\"block\">" << escape_xml_text(unit.block->kind)
            << "</mda:meta>\n          <mda:meta type=\"status\">"
            << (unit.context ? std::string("context") : std::string(to_string(unit.status)))
            << "</mda:meta>\n        </mda:metaGroup>\n      </mda:metadata>\n"
            << "      <notes>\n        <note category=\"medloc\">"
            << escape_xml_text(note_for(unit)) << "</note>\n      </notes>\n";
        if (!unit.source.original_data.empty()) {
            out << "      <originalData>\n";
            for (const auto& [id, tag] : unit.source.original_data)
                out << "        <data id=\"" << escape_attribute(id) << "\">"
                    << escape_xml_text(tag) << "</data>\n";
            out << "      </originalData>\n";
        }
        const std::string_view state = unit.context                            ? "final"
                                       : unit.status == KitUnitStatus::current ? "translated"
                                                                               : "initial";
        out << "      <segment state=\"" << state << "\">\n        <source>"
            << unit.source.xliff_content << "</source>\n";
        if (!unit.target.empty())
            out << "        <target>" << unit.target << "</target>\n";
        out << "      </segment>\n    </unit>\n";
    }
    out << "  </file>\n</xliff>\n";
    return out.str();
}

std::string xliff12_file(const Article& article, const std::string& source_locale,
                         const std::string& locale, const std::vector<KitFileUnit>& units) {
    std::ostringstream out;
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff xmlns=\"" << kXliff12Namespace
        << "\" version=\"1.2\">\n  <file original=\"" << escape_attribute(article.path())
        << "\" source-language=\"" << escape_attribute(source_locale) << "\" target-language=\""
        << escape_attribute(locale) << "\" datatype=\"xml\">\n    <body>\n";
    for (const KitFileUnit& unit : units) {
        out << "      <trans-unit id=\"" << escape_attribute(unit.block->id) << "\" resname=\""
            << escape_attribute(article.id + "/" + unit.block->id) << "\""
            << (unit.context ? " translate=\"no\"" : "") << ">\n        <source>"
            << to_xliff12_markup(unit.source.xliff_content) << "</source>\n";
        if (!unit.target.empty()) {
            const std::string_view state = unit.context ? "final"
                                           : unit.status == KitUnitStatus::stale
                                               ? "needs-review-translation"
                                               : "translated";
            out << "        <target state=\"" << state << "\">" << to_xliff12_markup(unit.target)
                << "</target>\n";
        }
        out << "        <note from=\"medloc\">" << escape_xml_text(note_for(unit))
            << "</note>\n      </trans-unit>\n";
    }
    out << "    </body>\n  </file>\n</xliff>\n";
    return out.str();
}

std::string decimal_example(char separator) {
    return separator == ',' ? "2,5 mg" : "2.5 mg";
}

} // namespace

Result<KitScope> parse_kit_scope(std::string_view text) {
    KitScope scope{false, false, false};
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find(',', start);
        if (end == std::string_view::npos)
            end = text.size();
        const std::string_view item = text.substr(start, end - start);
        if (item == "missing")
            scope.missing = true;
        else if (item == "stale")
            scope.stale = true;
        else if (item == "all")
            scope = {true, true, true};
        else
            return Error{"--scope: unknown scope '" + std::string(item) +
                         "' (missing, stale, all, or a comma-separated list)"};
        start = end + 1;
    }
    return scope;
}

std::string to_xliff12_markup(std::string_view markup) {
    std::string out;
    std::size_t i = 0;
    while (i < markup.size()) {
        if (markup[i] != '<') {
            out += markup[i++];
            continue;
        }
        const std::size_t close = markup.find('>', i);
        if (close == std::string_view::npos)
            break;
        const std::string_view tag = markup.substr(i, close + 1 - i);
        std::string id;
        if (const std::size_t at = tag.find(" id=\""); at != std::string_view::npos) {
            const std::size_t end = tag.find('"', at + 5);
            id = std::string(tag.substr(at + 5, end - at - 5));
        }
        if (tag.starts_with("</pc"))
            out += "</g>";
        else if (tag.starts_with("<pc"))
            out += "<g id=\"" + id + "\">";
        else if (tag.starts_with("<ph"))
            out += "<x id=\"" + id + "\"/>";
        i = close + 1;
    }
    return out;
}

std::int64_t kit_creation_time() {
    if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch != nullptr && *epoch) {
        char* end = nullptr;
        const long long value = std::strtoll(epoch, &end, 10);
        if (*end == '\0' && value >= 0)
            return value;
    }
    return static_cast<std::int64_t>(std::time(nullptr));
}

std::string conventions_note(const std::vector<std::string>& locales,
                             const RuleOptions& rule_options, const SeverityPolicy& severities) {
    const auto on = [&](const char* rule) { return severities.enabled(rule); };
    const std::string space = preferred_no_break_space(rule_options) == "\u202F"
                                  ? "narrow no-break space (U+202F)"
                                  : "no-break space (U+00A0)";
    const std::string espace = preferred_no_break_space(rule_options) == "\u202F"
                                   ? "espace fine insécable (U+202F)"
                                   : "espace insécable (U+00A0)";
    const std::string_view micro = rule_options.text(MicrogramNotationRule::kOptions[0]);
    std::ostringstream en;
    std::ostringstream fr;
    en << "# Translation kit: conventions\n\n"
       << "Every returned unit is checked with the project's rules before it is imported: a "
          "unit with an error is not imported (the report names the rule), warnings are "
          "reported.\n\n## Keep\n\n";
    fr << "# Kit de traduction : conventions\n\n"
       << "Chaque unité rendue est vérifiée par les règles du projet avant d’être importée : "
          "une unité en erreur n’est pas importée (le rapport cite la règle), les "
          "avertissements sont signalés.\n\n## À garder\n\n";
    en << "- The source text, the unit ids and the files' structure: write only targets. "
          "Units marked `translate=\"no\"` are approved context: do not change them.\n"
       << "- `kit.json`: send it back with the translated files.\n";
    fr << "- Le texte source, les identifiants d’unités et la structure des fichiers : "
          "n’écrire que les cibles. Les unités `translate=\"no\"` sont un contexte approuvé : "
          "ne pas les modifier.\n"
       << "- `kit.json` : le renvoyer avec les fichiers traduits.\n";
    if (on("medical.dose-mismatch") || on("translation.number-mismatch")) {
        en << "- Every dose, number and unit of the source, with the same value (written the "
              "target's way): `2,5 mg` is 2.5 mg, never 25 mg; no unit conversion (mg to µg, "
              "two puffs to four).\n";
        fr << "- Chaque dose, nombre et unité de la source, avec la même valeur (écrite à la "
              "manière de la langue cible) : `2,5 mg` reste 2,5 mg, jamais 25 mg ; aucune "
              "conversion d’unité (mg en µg).\n";
    }
    if (on("translation.inline-codes")) {
        en << "- Every inline code (`<pc>` in XLIFF 2, `<g>` in XLIFF 1.2): the same codes, "
              "around the corresponding words, nested the same way.\n";
        fr << "- Chaque code en ligne (`<pc>` en XLIFF 2, `<g>` en XLIFF 1.2) : les mêmes "
              "codes, autour des mots correspondants, imbriqués de la même façon.\n";
    }
    en << "\n## Write\n\n";
    fr << "\n## Écrire\n\n";
    for (const std::string& locale : locales) {
        const LanguageProfile profile = profile_for(locale);
        const std::string example = decimal_example(profile.decimal_separator);
        en << "- " << locale << ": decimal "
           << (profile.decimal_separator == ',' ? "comma" : "point") << " (" << example << ")";
        fr << "- " << locale << " : " << (profile.decimal_separator == ',' ? "virgule" : "point")
           << " décimal (" << example << ")";
        if (profile.french_spacing &&
            (on("typography.nbsp-missing") || on("typography.nbsp-breaking-space"))) {
            en << "; a " << space << " before `: ; ! ? »` and after `«`";
            fr << " ; une " << espace << " avant `: ; ! ? »` et après `«`";
        }
        en << ".\n";
        fr << ".\n";
    }
    if (on("typography.number-unit-space")) {
        en << "- A space between a number and its unit (`500 mg`, not `500mg`), a no-break one "
              "in French.\n";
        fr << "- Une espace entre un nombre et son unité (`500 mg`, pas `500mg`), insécable en "
              "français.\n";
    }
    if (on("medical.microgram-notation") && micro != "any") {
        const std::string other = micro == "mcg" ? "µg" : "mcg";
        en << "- Micrograms: `" << micro << "`, never `" << other << "`.\n";
        fr << "- Microgrammes : `" << micro << "`, jamais `" << other << "`.\n";
    }
    if (on("medical.trailing-zero") || on("medical.missing-leading-zero")) {
        en << "- No trailing zero in a dose (`1 mg`, not `1.0 mg`) and always a leading zero "
              "(`0.5 mg`, not `.5 mg`).\n";
        fr << "- Pas de zéro final dans une dose (`1 mg`, pas `1,0 mg`) et toujours un zéro "
              "initial (`0,5 mg`, pas `,5 mg`).\n";
    }
    if (on("medical.error-prone-unit")) {
        en << "- No `U`, `IU`, `UI` or `cc`: write units and mL.\n";
        fr << "- Ni `U`, `UI`, `IU` ni `cc` : écrire unités et mL.\n";
    }
    if (on("medical.latin-abbreviation")) {
        en << "- No Latin prescription abbreviations (`q.d.`, `b.i.d.`) in patient content.\n";
        fr << "- Pas d’abréviations latines de prescription (`q.d.`, `b.i.d.`) pour les "
              "patients.\n";
    }
    en << "- Terms: those of `glossary.tbx` / `glossary.csv` (preferred terms; never the "
          "deprecated ones).\n";
    fr << "- Termes : ceux de `glossary.tbx` / `glossary.csv` (termes privilégiés ; jamais les "
          "termes déconseillés).\n";
    return en.str() + "\n---\n\n" + fr.str();
}

Result<KitCreated> create_kit(const KitCreateRequest& request) {
    KitCreated kit;
    KitManifest& manifest = kit.manifest;
    manifest.created = format_utc(request.created);
    manifest.source_revision = request.source_revision;
    manifest.source_locale = request.source_locale;
    manifest.target_locales = request.locales;
    manifest.xliff_version = request.xliff_version;
    if (request.scope.missing)
        manifest.scope.emplace_back("missing");
    if (request.scope.stale)
        manifest.scope.emplace_back("stale");
    if (request.scope.current)
        manifest.scope.emplace_back("current");

    WordTokenizer tokenizer(request.source_locale);
    std::vector<std::string> repetition_texts;
    std::vector<KitEntry> xliff_files;
    std::set<const Concept*> concepts;
    const bool version_12 = request.xliff_version == "1.2";

    for (const std::string& path : request.article_paths) {
        LoadedDocument loaded = load_xml_document(
            path, DocumentRules{request.article_schema, false, request.limits, "articles"});
        if (!loaded.ok()) {
            kit.warnings.push_back(path + ": not a valid article (" +
                                   (loaded.issues.empty() ? std::string("unreadable")
                                                          : loaded.issues.front().message) +
                                   "), left out");
            continue;
        }
        const Article article = build_article(loaded.source, *loaded.tree);
        // Per article: a context caches what it found by block address.
        std::unique_ptr<CheckContext> context;
        if (request.services != nullptr)
            context = std::make_unique<CheckContext>(*request.services);
        std::map<std::size_t, std::size_t> element_at;
        for (std::size_t index : loaded.tree->elements())
            element_at.emplace(loaded.tree->node(index).begin, index);
        std::vector<BlockSource> sources;
        for (const Block& block : article.blocks)
            sources.push_back(make_block_source(article.source->content, *loaded.tree,
                                                element_at.at(block.source_offset)));

        for (const std::string& locale : request.locales) {
            const std::string xliff_path =
                (fs::path(request.translations_dir) / locale / (article.id + ".xlf")).string();
            std::optional<XliffDocument> xliff;
            std::error_code ec;
            if (fs::exists(xliff_path, ec)) {
                XliffLoad load = load_xliff(xliff_path, request.limits);
                if (!load.document)
                    kit.warnings.push_back(
                        xliff_path + ": cannot be read (" +
                        (load.issues.empty() ? std::string() : load.issues.front().message) +
                        "); its units count as missing");
                xliff = std::move(load.document);
            }
            // Each block's status, and whether its translation is approved (final, current).
            std::vector<KitFileUnit> candidates;
            std::vector<bool> approved;
            std::vector<bool> selected;
            for (std::size_t i = 0; i < article.blocks.size(); ++i) {
                const Block& block = article.blocks[i];
                KitFileUnit unit;
                unit.block = &block;
                unit.source = sources[i];
                const XliffUnit* existing = xliff ? xliff->find_unit(block.id) : nullptr;
                bool is_approved = false;
                if (existing == nullptr || !existing->has_target()) {
                    unit.status = KitUnitStatus::missing;
                } else {
                    unit.status = unit_is_stale(*existing, unit.source.hash)
                                      ? KitUnitStatus::stale
                                      : KitUnitStatus::current;
                    is_approved = unit.status == KitUnitStatus::current &&
                                  existing->state() == TranslationState::final_state;
                    const CodeMap codes = code_map(unit.source.xliff_content);
                    unit.target = render_unit_content(*xliff, *existing, true, &codes).markup;
                }
                selected.push_back(
                    (unit.status == KitUnitStatus::missing && request.scope.missing) ||
                    (unit.status == KitUnitStatus::stale && request.scope.stale) ||
                    (unit.status == KitUnitStatus::current && request.scope.current));
                approved.push_back(is_approved);
                candidates.push_back(std::move(unit));
            }
            std::vector<KitFileUnit> units;
            std::vector<std::string> previous_target_hashes;
            for (std::size_t i = 0; i < candidates.size(); ++i) {
                const bool next_to_work =
                    (i > 0 && selected[i - 1]) || (i + 1 < candidates.size() && selected[i + 1]);
                if (!selected[i] && !(approved[i] && next_to_work))
                    continue;
                KitFileUnit unit = candidates[i];
                unit.context = !selected[i];
                if (!unit.context) {
                    const XliffUnit* existing = xliff ? xliff->find_unit(unit.block->id) : nullptr;
                    previous_target_hashes.push_back(
                        existing && existing->has_target()
                            ? markup_hash(render_unit_content(*xliff, *existing, true).markup)
                            : std::string());
                }
                units.push_back(std::move(unit));
            }
            if (previous_target_hashes.empty())
                continue; // nothing to do in this article and locale

            const std::string file_path = locale + "/" + article.id + ".xlf";
            const std::string content =
                version_12 ? xliff12_file(article, request.source_locale, locale, units)
                           : xliff2_file(article, request.source_locale, locale, units);
            // Read back as import will read it: the identifying text of each source comes
            // from there, so that both sides compute it the same way.
            XliffLoad readback = load_xliff_text(file_path, content, request.limits);
            if (!readback.document || !readback.issues.empty())
                return Error{"internal error: the kit file " + file_path + " does not read back" +
                             (readback.issues.empty() ? std::string()
                                                      : ": " + readback.issues.front().message)};
            std::size_t work_index = 0;
            for (const KitFileUnit& unit : units) {
                if (unit.context) {
                    manifest.context.push_back({locale, article.id, unit.block->id});
                    continue;
                }
                const XliffUnit* read = readback.document->find_unit(unit.block->id);
                KitUnit entry;
                entry.locale = locale;
                entry.article = article.id;
                entry.article_path = fs::path(article.path()).lexically_normal().generic_string();
                entry.unit = unit.block->id;
                entry.kind = unit.block->kind;
                entry.status = unit.status;
                entry.words = static_cast<long>(tokenizer.tokenize(unit.block->text.text()).size());
                entry.source_hash =
                    "sha256:" +
                    sha256_hex(render_unit_content(*readback.document, *read, false).text);
                entry.block_hash = unit.source.hash;
                entry.previous_target_hash = previous_target_hashes[work_index++];
                entry.source = unit.source.xliff_content;
                entry.original_data = unit.source.original_data;
                manifest.units.push_back(std::move(entry));
                repetition_texts.push_back(identifying_text(unit.block->text.text()));
                if (context)
                    for (const TermMatch& match : context->term_matches(*unit.block))
                        concepts.insert(match.concept_entry);
            }
            manifest.files.push_back({file_path, locale, article.id});
            xliff_files.push_back({file_path, content});
        }
    }
    manifest.words = count_quote_words(manifest.units, repetition_texts);
    manifest.kit_id = make_kit_id(manifest);

    GlossarySelection glossary;
    if (request.services != nullptr && request.services->terminology != nullptr)
        for (const Concept& entry : request.services->terminology->termbase().concepts)
            if (concepts.contains(&entry))
                glossary.concepts.push_back(&entry);
    glossary.locales = request.locales;
    glossary.locales.insert(glossary.locales.begin(), request.source_locale);

    kit.entries.push_back({std::string(kManifestName), manifest_json(manifest)});
    kit.entries.push_back({"conventions.md", conventions_note(request.locales, request.rule_options,
                                                              request.severities)});
    kit.entries.push_back({"glossary.csv", glossary_csv(glossary)});
    kit.entries.push_back(
        {"glossary.tbx", glossary_tbx(glossary, "medloc kit " + manifest.kit_id + ": terms in use",
                                      language_of(request.source_locale))});
    kit.entries.insert(kit.entries.end(), xliff_files.begin(), xliff_files.end());
    std::sort(kit.entries.begin(), kit.entries.end(),
              [](const KitEntry& a, const KitEntry& b) { return a.path < b.path; });
    return kit;
}

Status publish_kit(const KitCreated& kit, const std::string& out, const std::string& record_dir,
                   std::int64_t timestamp) {
    std::error_code ec;
    const fs::file_status status = fs::symlink_status(out, ec);
    if (!ec && fs::exists(status)) {
        const std::string refused = "refusing to replace " + out + ": ";
        if (!fs::is_regular_file(status))
            return Error{refused + "it is not a regular file"};
        if (fs::file_size(out, ec) != 0 || ec) {
            auto existing = read_returned_kit(out, KitReadLimits{});
            bool is_kit = false;
            if (existing)
                for (const KitEntry& entry : existing.value())
                    is_kit = is_kit ||
                             (entry.path == kManifestName && parse_manifest(entry.content).ok());
            if (!is_kit)
                return Error{refused + "it is not a kit medloc wrote (kit create replaces only "
                                       "its own kits, an empty file or nothing)"};
        }
    }
    BundleFiles files;
    for (const KitEntry& entry : kit.entries)
        files.push_back({entry.path, entry.content});
    auto archive = build_archive(files, ArchiveFormat::zip, timestamp);
    if (!archive)
        return archive.error();
    const std::string record = (fs::path(record_dir) / (kit.manifest.kit_id + ".json")).string();
    if (Status written = write_file_atomically(record, manifest_json(kit.manifest)); !written)
        return written.error();
    return write_file_atomically(out, archive.value());
}

} // namespace medloc
