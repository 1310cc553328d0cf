#include "translation/xliff_tree.h"

#include "core/markup_escape.h"
#include "loading/xml_parser.h"
#include "translation/xliff_reader.h"

#include <vector>

#include <libxml/parser.h>

namespace medloc::xliff_tree {

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

namespace {

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

MetadataPrefix metadata_prefix_at(xmlNodePtr node) {
    const std::string href(kMetadataNamespace);
    const xmlNsPtr ns = xmlSearchNsByHref(node->doc, node, x(href.c_str()));
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

// Parses `fragment` as children of a scratch element in `parent` and returns the first
// element named `name`, unlinked (null when the fragment does not parse).
xmlNodePtr parse_element(xmlNodePtr parent, const std::string& fragment, const char* name) {
    xmlNodePtr scratch = xmlNewDocNode(parent->doc, parent->ns, x("scratch"), nullptr);
    xmlAddChild(parent, scratch);
    xmlNodePtr element = nullptr;
    if (append_fragment(scratch, fragment)) {
        element = first_child(scratch, name);
        if (element)
            xmlUnlinkNode(element);
    }
    xmlUnlinkNode(scratch);
    xmlFreeNode(scratch);
    return element;
}

} // namespace

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

bool write_metadata(xmlNodePtr unit, const std::map<std::string, std::string>& meta) {
    xmlNodePtr holder = nullptr;
    read_metadata(unit, &holder);
    xmlNodePtr metadata =
        parse_element(unit, metadata_xml(meta, "      ", metadata_prefix_at(unit)), "metadata");
    if (metadata == nullptr)
        return false;
    // Only now is the old metadata replaced: a failure leaves it as it was.
    if (holder) {
        xmlUnlinkNode(holder);
        xmlFreeNode(holder);
    }
    // Metadata comes first in a unit.
    if (unit->children)
        xmlAddPrevSibling(unit->children, metadata);
    else
        xmlAddChild(unit, metadata);
    return true;
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

xmlNodePtr append_new_unit(xmlNodePtr file, const std::string& id, const std::string& kind,
                           const BlockSource& block) {
    xmlNodePtr unit =
        parse_element(file, new_unit_xml(id, kind, block, metadata_prefix_at(file)), "unit");
    if (unit)
        xmlAddChild(file, unit);
    return unit;
}

bool replace_unit_source(xmlNodePtr unit, const BlockSource& block) {
    xmlNodePtr segment = first_child(unit, "segment");
    if (segment == nullptr)
        return false;
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
        xmlNodePtr data = parse_element(unit, original_data_xml(block, "      "), "originalData");
        if (data == nullptr)
            return false;
        xmlAddPrevSibling(segment, data);
    }
    return true;
}

void bind_metadata_namespace(xmlNodePtr root) {
    const std::string href(kMetadataNamespace);
    if (xmlSearchNsByHref(root->doc, root, x(href.c_str())) != nullptr)
        return;
    std::string prefix = "mda";
    for (int n = 1; xmlSearchNs(root->doc, root, x(prefix.c_str())) != nullptr; ++n)
        prefix = "mda" + std::to_string(n);
    xmlNewNs(root, x(href.c_str()), x(prefix.c_str()));
}

std::map<std::string, xmlNodePtr> units_by_id(xmlNodePtr file) {
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
    return units;
}

Status parse_xliff2(const std::string& path, std::string_view content, XmlDocument& holder) {
    XmlParseResult parsed = parse_untrusted_xml(content, path);
    if (!parsed.document)
        return Error{path + ": not well-formed XML, not overwritten (" +
                     (parsed.issues.empty() ? std::string() : parsed.issues[0].message) + ")"};
    holder.doc = parsed.document.release();
    xmlNodePtr root = xmlDocGetRootElement(holder.doc);
    if (!is_element(root, "xliff") || root->ns == nullptr ||
        !xmlStrEqual(root->ns->href, x(std::string(kXliff2Namespace).c_str())))
        return Error{path + ": not an XLIFF 2 file, not overwritten"};
    // Units and sources are written unprefixed: they must land in the XLIFF namespace.
    if (root->ns->prefix != nullptr)
        return Error{path + ": the XLIFF namespace has the prefix '" +
                     reinterpret_cast<const char*>(root->ns->prefix) +
                     ":'; medloc updates files where it is the default namespace, not "
                     "overwritten"};
    if (first_child(root, "file") == nullptr)
        return Error{path + ": XLIFF file without <file>, not overwritten"};
    return ok_status();
}

std::string serialize(xmlDocPtr doc) {
    xmlChar* buffer = nullptr;
    int size = 0;
    xmlDocDumpMemoryEnc(doc, &buffer, &size, "UTF-8");
    std::string content(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(size));
    xmlFree(buffer);
    if (!content.ends_with('\n'))
        content += '\n';
    return content;
}

} // namespace medloc::xliff_tree
