#pragma once

#include "core/markup_escape.h"
#include "core/result.h"
#include "translation/block_source.h"

#include <map>
#include <string>
#include <string_view>

#include <libxml/tree.h>

namespace medloc::xliff_tree {

// Editing XLIFF 2 files in libxml2's tree, so that what other tools put in a file (notes,
// their metadata, extensions) survives: what extract and kit import share.

const xmlChar* x(const char* text);
std::string attribute(xmlNodePtr node, const char* name);
bool is_element(xmlNodePtr node, const char* name);
xmlNodePtr first_child(xmlNodePtr parent, const char* name);

// Parses an XML fragment in the context of `parent` (so prefixes and the default
// namespace resolve) and appends the nodes.
// False when the fragment does not parse there (a prefix it uses is not bound): nothing is
// appended, and the caller must not go on as if it had been.
[[nodiscard]] bool append_fragment(xmlNodePtr parent, const std::string& fragment);
void remove_children(xmlNodePtr node);
// Re-indents the direct children of a node (white space between them is layout).
void indent_children(xmlNodePtr node, const char* child_indent, const char* close_indent);

// The medloc metaGroup of a unit, as a map, and the node that holds it (or null).
std::map<std::string, std::string> read_metadata(xmlNodePtr unit, xmlNodePtr* holder);
// Replaces the medloc metaGroup of a unit (first in the unit), written with the prefix the
// file binds to the metadata namespace; false (the unit untouched) when it cannot be.
[[nodiscard]] bool write_metadata(xmlNodePtr unit, const std::map<std::string, std::string>& meta);
bool has_target_text(xmlNodePtr unit);

// A new unit for a block (metadata, original data, one segment with the source), appended
// to `file`.
xmlNodePtr append_new_unit(xmlNodePtr file, const std::string& id, const std::string& kind,
                           const BlockSource& block);
// Replaces the source and original data of an existing unit; several segments become one.
// Targets are kept as they are.
[[nodiscard]] bool replace_unit_source(xmlNodePtr unit, const BlockSource& block);

// Binds the metadata namespace on the root (to "mda", or to a free prefix when the file uses
// "mda" for something else), unless the file binds it already.
void bind_metadata_namespace(xmlNodePtr root);

// Units by id, wherever they are in `file` (groups included).
std::map<std::string, xmlNodePtr> units_by_id(xmlNodePtr file);

struct XmlDocument {
    xmlDocPtr doc = nullptr;
    XmlDocument() = default;
    XmlDocument(const XmlDocument&) = delete;
    XmlDocument& operator=(const XmlDocument&) = delete;
    ~XmlDocument() { xmlFreeDoc(doc); }
};

// Parses an existing XLIFF 2 file's content; anything else (not XML, another XLIFF version,
// no <file>) is an Error that says the file is not overwritten.
Status parse_xliff2(const std::string& path, std::string_view content, XmlDocument& holder);

// The document as UTF-8 text, ending with a line break.
std::string serialize(xmlDocPtr doc);

} // namespace medloc::xliff_tree
