#include "translation/extractor.h"

#include "core/atomic_file.h"
#include "loading/source_file.h"
#include "loading/xml_parser.h"
#include "translation/block_source.h"
#include "translation/xliff_reader.h"

#include <algorithm>
#include <filesystem>
#include <map>

#include <libxml/parser.h>
#include <libxml/tree.h>

namespace medloc {

namespace {

namespace fs = std::filesystem;

const xmlChar* x(const char* text) {
    return reinterpret_cast<const xmlChar*>(text);
}

std::string attribute(xmlNodePtr node, const char* name) {
    xmlChar* value = xmlGetProp(node, x(name));
    std::string result = value ? reinterpret_cast<const char*>(value) : "";
    xmlFree(value);
    return result;
}

bool is_element(xmlNodePtr node, const char* name) {
    return node != nullptr && node->type == XML_ELEMENT_NODE && xmlStrEqual(node->name, x(name));
}

xmlNodePtr first_child(xmlNodePtr parent, const char* name) {
    for (xmlNodePtr child = parent->children; child; child = child->next)
        if (is_element(child, name))
            return child;
    return nullptr;
}

std::string escape_attribute(std::string_view text) {
    std::string out = escape_xml_text(text);
    std::string quoted;
    for (char c : out)
        quoted += c == '"' ? std::string("&quot;") : std::string(1, c);
    return quoted;
}

// Parses an XML fragment in the context of `parent` (so prefixes and the default
// namespace resolve) and appends the nodes.
bool append_fragment(xmlNodePtr parent, const std::string& fragment) {
    xmlNodePtr nodes = nullptr;
    const xmlParserErrors status = xmlParseInNodeContext(
        parent, fragment.data(), static_cast<int>(fragment.size()), XML_PARSE_NONET, &nodes);
    if (status != XML_ERR_OK) {
        xmlFreeNodeList(nodes);
        return false;
    }
    xmlAddChildList(parent, nodes);
    return true;
}

void remove_children(xmlNodePtr node) {
    xmlNodePtr child = node->children;
    while (child) {
        xmlNodePtr next = child->next;
        xmlUnlinkNode(child);
        xmlFreeNode(child);
        child = next;
    }
}

// Re-indents the direct children of a unit (white space between them is layout).
void indent_children(xmlNodePtr node, const char* child_indent, const char* close_indent) {
    for (xmlNodePtr child = node->children; child;) {
        xmlNodePtr next = child->next;
        if (xmlIsBlankNode(child)) {
            xmlUnlinkNode(child);
            xmlFreeNode(child);
        }
        child = next;
    }
    for (xmlNodePtr child = node->children; child; child = child->next)
        xmlAddPrevSibling(child, xmlNewDocText(node->doc, x(child_indent)));
    xmlAddChild(node, xmlNewDocText(node->doc, x(close_indent)));
}

std::string original_data_xml(const BlockSource& block, const std::string& indent) {
    if (block.original_data.empty())
        return "";
    std::string xml = indent + "<originalData>";
    for (const auto& [id, tag] : block.original_data)
        xml += "\n" + indent + "  <data id=\"" + id + "\">" + escape_xml_text(tag) + "</data>";
    return xml + "\n" + indent + "</originalData>";
}

std::string metadata_xml(const std::map<std::string, std::string>& meta,
                         const std::string& indent) {
    std::string xml =
        indent + "<mda:metadata>\n" + indent + "  <mda:metaGroup category=\"medloc\">";
    for (const auto& [type, value] : meta)
        xml += "\n" + indent + "    <mda:meta type=\"" + escape_attribute(type) + "\">" +
               escape_xml_text(value) + "</mda:meta>";
    return xml + "\n" + indent + "  </mda:metaGroup>\n" + indent + "</mda:metadata>";
}

// The medloc metaGroup of a unit, as a map, and the node that holds it (or null).
std::map<std::string, std::string> read_metadata(xmlNodePtr unit, xmlNodePtr* holder) {
    std::map<std::string, std::string> meta;
    *holder = nullptr;
    for (xmlNodePtr child = unit->children; child; child = child->next) {
        if (!is_element(child, "metadata"))
            continue;
        for (xmlNodePtr group = child->children; group; group = group->next)
            if (is_element(group, "metaGroup") && attribute(group, "category") == "medloc") {
                *holder = child;
                for (xmlNodePtr item = group->children; item; item = item->next)
                    if (is_element(item, "meta")) {
                        xmlChar* text = xmlNodeGetContent(item);
                        meta[attribute(item, "type")] =
                            text ? reinterpret_cast<const char*>(text) : "";
                        xmlFree(text);
                    }
            }
    }
    return meta;
}

void write_metadata(xmlNodePtr unit, const std::map<std::string, std::string>& meta) {
    xmlNodePtr holder = nullptr;
    read_metadata(unit, &holder);
    if (holder) {
        xmlUnlinkNode(holder);
        xmlFreeNode(holder);
    }
    // Metadata comes first in a unit; parse it apart, then move it to the front.
    xmlNodePtr scratch = xmlNewDocNode(unit->doc, unit->ns, x("scratch"), nullptr);
    xmlAddChild(unit, scratch);
    append_fragment(scratch, metadata_xml(meta, "      "));
    xmlNodePtr metadata = first_child(scratch, "metadata");
    if (metadata) {
        xmlUnlinkNode(metadata);
        if (unit->children)
            xmlAddPrevSibling(unit->children, metadata);
        else
            xmlAddChild(unit, metadata);
    }
    xmlUnlinkNode(scratch);
    xmlFreeNode(scratch);
}

bool has_target_text(xmlNodePtr unit) {
    for (xmlNodePtr segment = unit->children; segment; segment = segment->next) {
        if (!is_element(segment, "segment"))
            continue;
        if (xmlNodePtr target = first_child(segment, "target")) {
            xmlChar* text = xmlNodeGetContent(target);
            const bool any = text && *text;
            xmlFree(text);
            if (any)
                return true;
        }
    }
    return false;
}

std::string new_unit_xml(const std::string& id, const std::string& kind, const BlockSource& block) {
    std::string xml = "<unit id=\"" + escape_attribute(id) + "\">\n" +
                      metadata_xml({{"block", kind}, {"source-hash", block.hash}}, "      ") + "\n";
    if (!block.original_data.empty())
        xml += original_data_xml(block, "      ") + "\n";
    xml += "      <segment state=\"initial\">\n        <source>" + block.xliff_content +
           "</source>\n      </segment>\n    </unit>";
    return xml;
}

// Replaces the source (and original data) of an existing unit; demotes a translation.
bool update_unit(xmlNodePtr unit, const std::string& kind, const BlockSource& block,
                 std::map<std::string, std::string> meta, bool* became_stale) {
    xmlNodePtr segment = first_child(unit, "segment");
    if (segment == nullptr)
        return false;
    // Units with several segments are joined into one: the source changed anyway.
    for (xmlNodePtr child = unit->children; child;) {
        xmlNodePtr next = child->next;
        if ((is_element(child, "segment") && child != segment) || is_element(child, "ignorable") ||
            is_element(child, "originalData")) {
            xmlUnlinkNode(child);
            xmlFreeNode(child);
        }
        child = next;
    }
    xmlNodePtr source = first_child(segment, "source");
    if (source == nullptr)
        source = xmlNewChild(segment, segment->ns, x("source"), nullptr);
    remove_children(source);
    if (!append_fragment(source, block.xliff_content))
        return false;
    if (!block.original_data.empty()) {
        xmlNodePtr scratch = xmlNewDocNode(unit->doc, unit->ns, x("scratch"), nullptr);
        xmlAddChild(unit, scratch);
        append_fragment(scratch, original_data_xml(block, "      "));
        xmlNodePtr data = first_child(scratch, "originalData");
        xmlUnlinkNode(data);
        xmlAddPrevSibling(segment, data);
        xmlUnlinkNode(scratch);
        xmlFreeNode(scratch);
    }
    *became_stale = has_target_text(unit);
    if (*became_stale) {
        const std::string state = attribute(segment, "state");
        meta["previous-state"] = state.empty() ? "initial" : state;
        xmlSetProp(segment, x("state"), x("initial"));
        xmlSetProp(segment, x("subState"), x(std::string(kStaleSubState).c_str()));
    }
    meta["block"] = kind;
    meta["source-hash"] = block.hash;
    meta.erase("obsolete");
    write_metadata(unit, meta);
    indent_children(unit, "\n      ", "\n    ");
    return true;
}

Status write_document(xmlDocPtr doc, const std::string& path) {
    xmlChar* buffer = nullptr;
    int size = 0;
    xmlDocDumpMemoryEnc(doc, &buffer, &size, "UTF-8");
    std::string content(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(size));
    xmlFree(buffer);
    if (!content.ends_with('\n'))
        content += '\n';
    return write_file_atomically(path, content);
}

struct XmlDocument {
    xmlDocPtr doc = nullptr;
    ~XmlDocument() { xmlFreeDoc(doc); }
};

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
        if (Status written = write_document(holder.doc, request.xliff_path); !written)
            return written.error();
        return updated.value();
    }
    xmlNodePtr root = xmlDocGetRootElement(holder.doc);
    xmlSetProp(root, x("srcLang"), x(request.source_locale.c_str()));
    xmlSetProp(root, x("trgLang"), x(request.target_locale.c_str()));
    if (xmlSearchNsByHref(holder.doc, root, x(std::string(kMetadataNamespace).c_str())) == nullptr)
        xmlNewNs(root, x(std::string(kMetadataNamespace).c_str()), x("mda"));
    xmlNodePtr file = first_child(root, "file");
    if (file == nullptr)
        return Error{request.xliff_path + ": XLIFF file without <file>, not overwritten"};

    // Existing units by id, wherever they are (groups included).
    std::map<std::string, xmlNodePtr> units;
    std::vector<xmlNodePtr> pending = {file};
    while (!pending.empty()) {
        xmlNodePtr node = pending.back();
        pending.pop_back();
        for (xmlNodePtr child = node->children; child; child = child->next) {
            if (is_element(child, "unit"))
                units.emplace(attribute(child, "id"), child);
            else if (is_element(child, "group"))
                pending.push_back(child);
        }
    }

    std::map<std::size_t, std::size_t> element_at;
    for (std::size_t index : request.tree->elements())
        element_at.emplace(request.tree->node(index).begin, index);

    std::vector<xmlNodePtr> ordered;
    for (const Block& block : article.blocks) {
        const BlockSource source = make_block_source(article.source->content, *request.tree,
                                                     element_at.at(block.source_offset));
        auto found = units.find(block.id);
        if (found == units.end()) {
            xmlNodePtr scratch = xmlNewDocNode(holder.doc, file->ns, x("scratch"), nullptr);
            xmlAddChild(file, scratch);
            if (!append_fragment(scratch, new_unit_xml(block.id, block.kind, source)))
                return Error{request.xliff_path + ": cannot build unit " + block.id};
            xmlNodePtr unit = first_child(scratch, "unit");
            xmlUnlinkNode(unit);
            xmlUnlinkNode(scratch);
            xmlFreeNode(scratch);
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
                write_metadata(unit, meta);
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

    if (Status written = write_document(holder.doc, request.xliff_path); !written)
        return written.error();
    return stats;
}

} // namespace medloc
