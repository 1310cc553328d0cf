#include "translation/extractor.h"

#include "core/atomic_file.h"
#include "loading/source_file.h"
#include "loading/xml_parser.h"
#include "translation/block_source.h"
#include "translation/xliff_reader.h"

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
// namespace resolve) and appends the nodes. False when the fragment does not parse there
// (a prefix it uses is not bound): nothing is appended, and the caller must not go on as if
// it had been.
[[nodiscard]] bool append_fragment(xmlNodePtr parent, const std::string& fragment) {
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

// How metadata elements are written where `node` is: with the prefix the file binds to the
// metadata namespace there ("mda", or whatever another tool chose), or, when none is in
// scope, with "mda" declared on the element itself.
struct MetadataPrefix {
    std::string prefix;
    std::string declaration; // ` xmlns:mda="…"` when the prefix is not bound in scope
};

MetadataPrefix metadata_prefix_at(xmlDocPtr doc, xmlNodePtr node) {
    const std::string href(kMetadataNamespace);
    const xmlNsPtr ns = xmlSearchNsByHref(doc, node, x(href.c_str()));
    if (ns != nullptr && ns->prefix != nullptr)
        return {reinterpret_cast<const char*>(ns->prefix), ""};
    return {"mda", " xmlns:mda=\"" + href + "\""};
}

std::string metadata_xml(const std::map<std::string, std::string>& meta, const std::string& indent,
                         const MetadataPrefix& mda) {
    const std::string& p = mda.prefix;
    std::string xml = indent + "<" + p + ":metadata" + mda.declaration + ">\n" + indent + "  <" +
                      p + ":metaGroup category=\"medloc\">";
    for (const auto& [type, value] : meta)
        xml += "\n" + indent + "    <" + p + ":meta type=\"" + escape_attribute(type) + "\">" +
               escape_xml_text(value) + "</" + p + ":meta>";
    return xml + "\n" + indent + "  </" + p + ":metaGroup>\n" + indent + "</" + p + ":metadata>";
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

[[nodiscard]] bool write_metadata(xmlNodePtr unit,
                                  const std::map<std::string, std::string>& meta) {
    xmlNodePtr holder = nullptr;
    read_metadata(unit, &holder);
    // Metadata comes first in a unit; parse it apart, then move it to the front.
    xmlNodePtr scratch = xmlNewDocNode(unit->doc, unit->ns, x("scratch"), nullptr);
    xmlAddChild(unit, scratch);
    const bool parsed =
        append_fragment(scratch, metadata_xml(meta, "      ", metadata_prefix_at(unit->doc, unit)));
    xmlNodePtr metadata = parsed ? first_child(scratch, "metadata") : nullptr;
    if (metadata) {
        // Only now is the old metadata replaced: a failure leaves it as it was.
        if (holder) {
            xmlUnlinkNode(holder);
            xmlFreeNode(holder);
        }
        xmlUnlinkNode(metadata);
        if (unit->children)
            xmlAddPrevSibling(unit->children, metadata);
        else
            xmlAddChild(unit, metadata);
    }
    xmlUnlinkNode(scratch);
    xmlFreeNode(scratch);
    return metadata != nullptr;
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

std::string new_unit_xml(const std::string& id, const std::string& kind, const BlockSource& block,
                         const MetadataPrefix& mda) {
    std::string xml = "<unit id=\"" + escape_attribute(id) + "\">\n" +
                      metadata_xml({{"block", kind}, {"source-hash", block.hash}}, "      ", mda) +
                      "\n";
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
        xmlNodePtr data = append_fragment(scratch, original_data_xml(block, "      "))
                              ? first_child(scratch, "originalData")
                              : nullptr;
        if (data) {
            xmlUnlinkNode(data);
            xmlAddPrevSibling(segment, data);
        }
        xmlUnlinkNode(scratch);
        xmlFreeNode(scratch);
        if (!data)
            return false;
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
    if (!write_metadata(unit, meta))
        return false;
    indent_children(unit, "\n      ", "\n    ");
    return true;
}

struct XmlDocument {
    xmlDocPtr doc = nullptr;
    ~XmlDocument() { xmlFreeDoc(doc); }
};

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
        XmlParseResult parsed = parse_untrusted_xml(existing.value()->content, request.xliff_path);
        if (!parsed.document)
            return Error{request.xliff_path + ": not well-formed XML, not overwritten (" +
                         (parsed.issues.empty() ? std::string() : parsed.issues[0].message) + ")"};
        holder.doc = parsed.document.release();
        xmlNodePtr root = xmlDocGetRootElement(holder.doc);
        if (!is_element(root, "xliff") || root->ns == nullptr ||
            !xmlStrEqual(root->ns->href, x(std::string(kXliff2Namespace).c_str())))
            return Error{request.xliff_path + ": not an XLIFF 2 file, not overwritten"};
        // Units and sources are written unprefixed: they must land in the XLIFF namespace.
        if (root->ns->prefix != nullptr)
            return Error{request.xliff_path + ": the XLIFF namespace has the prefix '" +
                         reinterpret_cast<const char*>(root->ns->prefix) +
                         ":'; medloc updates files where it is the default namespace, not "
                         "overwritten"};
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
    // The metadata namespace bound on the root (to "mda", or to a free prefix when the file
    // uses "mda" for something else), unless the file binds it already.
    if (xmlSearchNsByHref(holder.doc, root, x(std::string(kMetadataNamespace).c_str())) == nullptr) {
        std::string prefix = "mda";
        for (int n = 1; xmlSearchNs(holder.doc, root, x(prefix.c_str())) != nullptr; ++n)
            prefix = "mda" + std::to_string(n);
        xmlNewNs(root, x(std::string(kMetadataNamespace).c_str()), x(prefix.c_str()));
    }
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
            if (!append_fragment(scratch,
                                 new_unit_xml(block.id, block.kind, source,
                                              metadata_prefix_at(holder.doc, file))))
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

    xmlChar* buffer = nullptr;
    int size = 0;
    xmlDocDumpMemoryEnc(holder.doc, &buffer, &size, "UTF-8");
    std::string content(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(size));
    xmlFree(buffer);
    if (!content.ends_with('\n'))
        content += '\n';
    if (Status written = write_file_atomically(request.xliff_path, content); !written)
        return written.error();
    return stats;
}

} // namespace medloc
