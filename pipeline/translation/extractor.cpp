#include "translation/extractor.h"

#include "core/atomic_file.h"
#include "loading/source_file.h"
#include "loading/xml_parser.h"
#include "translation/block_source.h"
#include "translation/xliff_reader.h"
#include "translation/xliff_tree.h"

#include <filesystem>
#include <map>

#include <libxml/parser.h>
#include <libxml/tree.h>

namespace medloc {

using namespace xliff_tree;

namespace {

namespace fs = std::filesystem;

// Replaces the source (and original data) of an existing unit; demotes a translation.
bool update_unit(xmlNodePtr unit, const std::string& kind, const BlockSource& block,
                 std::map<std::string, std::string> meta, bool* became_stale) {
    if (!replace_unit_source(unit, block))
        return false;
    *became_stale = has_target_text(unit);
    if (*became_stale) {
        xmlNodePtr segment = first_child(unit, "segment");
        const std::string state = attribute(segment, "state");
        meta["previous-state"] = state.empty() ? "initial" : state;
        xmlSetProp(segment, x("state"), x("initial"));
        xmlSetProp(segment, x("subState"), x(std::string(kStaleSubState).c_str()));
    }
    meta["block"] = kind;
    meta["source-hash"] = block.hash;
    meta.erase("obsolete");
    if (!write_metadata(unit, meta))
        return false;
    indent_children(unit, "\n      ", "\n    ");
    return true;
}

} // namespace

Result<ExtractStats> extract_article(const ExtractRequest& request) {
    ExtractStats stats;
    const Article& article = *request.article;
    XmlDocument holder;
    std::error_code ec;
    if (fs::exists(request.xliff_path, ec)) {
        auto existing = read_source_file(request.xliff_path, ReadLimits{});
        if (!existing)
            return Error{request.xliff_path + ": " + existing.error().message};
        if (Status parsed = parse_xliff2(request.xliff_path, existing.value()->content, holder);
            !parsed)
            return parsed.error();
    } else {
        const std::string skeleton =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff xmlns=\"" +
            std::string(kXliff2Namespace) + "\" xmlns:mda=\"" + std::string(kMetadataNamespace) +
            "\" version=\"2.1\" srcLang=\"" + escape_attribute(request.source_locale) +
            "\" trgLang=\"" + escape_attribute(request.target_locale) + "\">\n  <file id=\"" +
            escape_attribute(article.id) + "\" original=\"" + escape_attribute(article.path()) +
            "\">\n  </file>\n</xliff>\n";
        XmlParseResult parsed = parse_untrusted_xml(skeleton, request.xliff_path);
        holder.doc = parsed.document.release();
    }
    xmlNodePtr root = xmlDocGetRootElement(holder.doc);
    xmlSetProp(root, x("srcLang"), x(request.source_locale.c_str()));
    xmlSetProp(root, x("trgLang"), x(request.target_locale.c_str()));
    bind_metadata_namespace(root);
    xmlNodePtr file = first_child(root, "file");
    if (file == nullptr)
        return Error{request.xliff_path + ": XLIFF file without <file>, not overwritten"};

    // Existing units by id, wherever they are (groups included).
    std::map<std::string, xmlNodePtr> units = units_by_id(file);

    std::map<std::size_t, std::size_t> element_at;
    for (std::size_t index : request.tree->elements())
        element_at.emplace(request.tree->node(index).begin, index);

    std::vector<xmlNodePtr> ordered;
    for (const Block& block : article.blocks) {
        const BlockSource source = make_block_source(article.source->content, *request.tree,
                                                     element_at.at(block.source_offset));
        auto found = units.find(block.id);
        if (found == units.end()) {
            xmlNodePtr unit = append_new_unit(file, block.id, block.kind, source);
            if (unit == nullptr)
                return Error{request.xliff_path + ": cannot build unit " + block.id};
            xmlUnlinkNode(unit);
            ordered.push_back(unit);
            ++stats.added;
            continue;
        }
        xmlNodePtr unit = found->second;
        units.erase(found);
        xmlNodePtr metadata_holder = nullptr;
        const auto meta = read_metadata(unit, &metadata_holder);
        auto hash = meta.find("source-hash");
        if (hash != meta.end() && hash->second == source.hash) {
            ++stats.unchanged;
        } else {
            bool stale = false;
            if (!update_unit(unit, block.kind, source, meta, &stale))
                return Error{request.xliff_path + ": unit " + block.id + " cannot be updated"};
            ++(stale ? stats.stale : stats.updated);
        }
        if (unit->parent == file) {
            xmlUnlinkNode(unit);
            ordered.push_back(unit);
        }
    }
    // Units of blocks that are gone: a translation is kept (flagged), an empty unit dropped.
    for (auto& [id, unit] : units) {
        if (has_target_text(unit)) {
            xmlNodePtr metadata_holder = nullptr;
            auto meta = read_metadata(unit, &metadata_holder);
            if (meta["obsolete"] != "yes") {
                meta["obsolete"] = "yes";
                if (!write_metadata(unit, meta))
                    return Error{request.xliff_path + ": unit " + id +
                                 ": its medloc metadata cannot be written"};
                indent_children(unit, "\n      ", "\n    ");
            }
            if (unit->parent == file) {
                xmlUnlinkNode(unit);
                ordered.push_back(unit);
            }
            ++stats.obsolete;
        } else {
            xmlUnlinkNode(unit);
            xmlFreeNode(unit);
            ++stats.dropped;
        }
    }
    // Units in article order, after whatever else the file holds; blank text between
    // them is rewritten so the file stays indented.
    for (xmlNodePtr unit : ordered)
        xmlAddChild(file, unit);
    indent_children(file, "\n    ", "\n  ");

    if (Status written = write_file_atomically(request.xliff_path, serialize(holder.doc)); !written)
        return written.error();
    return stats;
}

} // namespace medloc
