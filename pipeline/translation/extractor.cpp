#include "translation/extractor.h"

#include "core/atomic_file.h"
#include "loading/source_file.h"
#include "loading/xml_parser.h"
#include "translation/block_source.h"
#include "translation/xliff_reader.h"
#include "translation/xliff_tree.h"

#include <algorithm>
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

std::string text_of(xmlNodePtr node) {
    xmlChar* text = xmlNodeGetContent(node);
    std::string result = text ? reinterpret_cast<const char*>(text) : "";
    xmlFree(text);
    return result;
}

// The trans-units of a 1.2 file by id, wherever they are (body, groups).
std::map<std::string, xmlNodePtr> trans_units(xmlNodePtr file) {
    std::map<std::string, xmlNodePtr> units;
    std::vector<xmlNodePtr> pending = {file};
    while (!pending.empty()) {
        xmlNodePtr node = pending.back();
        pending.pop_back();
        for (xmlNodePtr child = node->children; child; child = child->next) {
            if (is_element(child, "trans-unit"))
                units.emplace(attribute(child, "id"), child);
            else if (is_element(child, "group") || is_element(child, "body"))
                pending.push_back(child);
        }
    }
    return units;
}

// Moves a new element, parsed from `xml` in the context of `parent`, to the end of it.
xmlNodePtr add_parsed(xmlNodePtr parent, const std::string& xml, const char* name) {
    xmlNodePtr scratch = xmlNewDocNode(parent->doc, parent->ns, x("scratch"), nullptr);
    xmlAddChild(parent, scratch);
    xmlNodePtr made = nullptr;
    if (append_fragment(scratch, xml))
        made = first_child(scratch, name);
    if (made != nullptr) {
        xmlUnlinkNode(made);
        xmlAddChild(parent, made);
    }
    xmlUnlinkNode(scratch);
    xmlFreeNode(scratch);
    return made;
}

// XLIFF 1.2: the same work as for XLIFF 2 with 1.2's elements (trans-unit, <g> codes, no
// original data: merge takes the tags from the article) and metadata in `extradata`.
Result<ExtractStats> extract_xliff12(const ExtractRequest& request, xmlDocPtr doc) {
    ExtractStats stats;
    const Article& article = *request.article;
    xmlNodePtr root = xmlDocGetRootElement(doc);
    xmlNodePtr file = first_child(root, "file");
    if (file == nullptr)
        return Error{request.xliff_path + ": XLIFF file without <file>, not overwritten"};
    xmlSetProp(file, x("source-language"), x(request.source_locale.c_str()));
    xmlSetProp(file, x("target-language"), x(request.target_locale.c_str()));
    xmlNodePtr body = first_child(file, "body");
    if (body == nullptr)
        body = xmlNewChild(file, file->ns, x("body"), nullptr);
    std::map<std::string, xmlNodePtr> units = trans_units(file);

    std::map<std::size_t, std::size_t> element_at;
    for (std::size_t index : request.tree->elements())
        element_at.emplace(request.tree->node(index).begin, index);
    std::vector<xmlNodePtr> ordered;
    for (const Block& block : article.blocks) {
        const BlockSource source = make_block_source(article.source->content, *request.tree,
                                                     element_at.at(block.source_offset));
        auto found = units.find(block.id);
        if (found == units.end()) {
            const std::string xml =
                "<trans-unit id=\"" + escape_attribute(block.id) + "\" extradata=\"" +
                escape_attribute(
                    write_xliff12_metadata({{"block", block.kind}, {"source-hash", source.hash}})) +
                "\">\n        <source>" + source.xliff12_content + "</source>\n      </trans-unit>";
            xmlNodePtr unit = add_parsed(body, xml, "trans-unit");
            if (unit == nullptr)
                return Error{request.xliff_path + ": cannot build unit " + block.id};
            xmlUnlinkNode(unit);
            ordered.push_back(unit);
            ++stats.added;
            continue;
        }
        xmlNodePtr unit = found->second;
        units.erase(found);
        auto meta = read_xliff12_metadata(attribute(unit, "extradata"));
        if (meta["source-hash"] == source.hash) {
            ++stats.unchanged;
        } else {
            xmlNodePtr source_node = first_child(unit, "source");
            if (source_node == nullptr)
                source_node = xmlNewChild(unit, unit->ns, x("source"), nullptr);
            remove_children(source_node);
            if (!append_fragment(source_node, source.xliff12_content))
                return Error{request.xliff_path + ": unit " + block.id + " cannot be updated"};
            xmlNodePtr target = first_child(unit, "target");
            const bool stale = target != nullptr && !text_of(target).empty();
            if (stale) {
                const std::string state =
                    attribute(unit, "approved") == "yes" ? "final" : attribute(target, "state");
                meta["previous-state"] = state.empty() ? "new" : state;
                xmlSetProp(target, x("state"), x(std::string(kXliff12StaleState).c_str()));
                xmlSetProp(target, x("state-qualifier"),
                           x(std::string(kXliff12StaleQualifier).c_str()));
                xmlUnsetProp(unit, x("approved"));
            }
            meta["block"] = block.kind;
            meta["source-hash"] = source.hash;
            meta.erase("obsolete");
            xmlSetProp(unit, x("extradata"), x(write_xliff12_metadata(meta).c_str()));
            ++(stale ? stats.stale : stats.updated);
        }
        if (unit->parent == body) {
            xmlUnlinkNode(unit);
            ordered.push_back(unit);
        }
    }
    for (auto& [id, unit] : units) {
        xmlNodePtr target = first_child(unit, "target");
        if (target != nullptr && !text_of(target).empty()) {
            auto meta = read_xliff12_metadata(attribute(unit, "extradata"));
            meta["obsolete"] = "yes";
            xmlSetProp(unit, x("extradata"), x(write_xliff12_metadata(meta).c_str()));
            if (unit->parent == body) {
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
    for (xmlNodePtr unit : ordered)
        xmlAddChild(body, unit);
    indent_children(body, "\n      ", "\n    ");
    indent_children(file, "\n    ", "\n  ");
    return stats;
}

} // namespace

std::map<std::string, std::string> read_xliff12_metadata(std::string_view extradata) {
    std::map<std::string, std::string> metadata;
    constexpr std::string_view kPrefix = "medloc:";
    if (!extradata.starts_with(kPrefix))
        return metadata; // another tool's extradata: not medloc's to read
    extradata.remove_prefix(kPrefix.size());
    while (!extradata.empty()) {
        const std::size_t end = std::min(extradata.find(';'), extradata.size());
        const std::string_view item = extradata.substr(0, end);
        if (const std::size_t equals = item.find('='); equals != std::string_view::npos)
            metadata[std::string(item.substr(0, equals))] = std::string(item.substr(equals + 1));
        extradata.remove_prefix(std::min(end + 1, extradata.size()));
    }
    return metadata;
}

std::string write_xliff12_metadata(const std::map<std::string, std::string>& metadata) {
    std::string text = "medloc:";
    bool first = true;
    for (const auto& [key, value] : metadata) {
        text += (first ? "" : ";") + key + "=" + value;
        first = false;
    }
    return text;
}

Result<ExtractStats> extract_article(const ExtractRequest& request) {
    ExtractStats stats;
    const Article& article = *request.article;
    XmlDocument holder;
    std::error_code ec;
    bool version_1 = request.version == XliffVersion::v1_2;
    if (fs::exists(request.xliff_path, ec)) {
        auto existing = read_source_file(request.xliff_path, ReadLimits{});
        if (!existing)
            return Error{request.xliff_path + ": " + existing.error().message};
        XmlParseResult parsed = parse_untrusted_xml(existing.value()->content, request.xliff_path);
        if (!parsed.document)
            return Error{request.xliff_path + ": not well-formed XML, not overwritten (" +
                         (parsed.issues.empty() ? std::string() : parsed.issues[0].message) + ")"};
        holder.doc = parsed.document.release();
        xmlNodePtr root = xmlDocGetRootElement(holder.doc);
        const bool is_xliff = is_element(root, "xliff") && root->ns != nullptr;
        const bool is_1_2 =
            is_xliff && xmlStrEqual(root->ns->href, x(std::string(kXliff12Namespace).c_str()));
        const bool is_2 =
            is_xliff && xmlStrEqual(root->ns->href, x(std::string(kXliff2Namespace).c_str()));
        if (!is_1_2 && !is_2)
            return Error{request.xliff_path + ": not an XLIFF 2 or 1.2 file, not overwritten"};
        if (request.version && version_1 != is_1_2)
            return Error{request.xliff_path + ": an XLIFF " + (is_1_2 ? "1.2" : "2") +
                         " file, not converted (without --xliff-version it is updated as it "
                         "is; or move it away)"};
        // Units and sources are written unprefixed: they must land in the XLIFF namespace.
        if (root->ns != nullptr && root->ns->prefix != nullptr)
            return Error{request.xliff_path + ": the XLIFF namespace has the prefix '" +
                         reinterpret_cast<const char*>(root->ns->prefix) +
                         ":'; medloc updates files where it is the default namespace, not "
                         "overwritten"};
        version_1 = is_1_2;
    } else if (version_1) {
        const std::string skeleton =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff xmlns=\"" +
            std::string(kXliff12Namespace) + "\" version=\"1.2\">\n  <file original=\"" +
            escape_attribute(article.path()) + "\" source-language=\"" +
            escape_attribute(request.source_locale) + "\" target-language=\"" +
            escape_attribute(request.target_locale) +
            "\" datatype=\"xml\">\n    <body>\n    </body>\n  </file>\n</xliff>\n";
        XmlParseResult parsed = parse_untrusted_xml(skeleton, request.xliff_path);
        holder.doc = parsed.document.release();
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
    if (version_1) {
        auto updated = extract_xliff12(request, holder.doc);
        if (!updated)
            return updated.error();
        if (Status written = write_file_atomically(request.xliff_path, serialize(holder.doc));
            !written)
            return written.error();
        return updated.value();
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
