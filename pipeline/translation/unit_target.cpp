#include "translation/unit_target.h"

#include "translation/extractor.h"
#include "translation/xliff_reader.h"
#include "translation/xliff_tree.h"

namespace medloc {

using namespace xliff_tree;

namespace {

int segment_count(xmlNodePtr unit) {
    int count = 0;
    for (xmlNodePtr child = unit->children; child; child = child->next)
        count += is_element(child, "segment") || is_element(child, "ignorable") ? 1 : 0;
    return count;
}

bool set_target(xmlNodePtr unit, const UnitTargetEdit& edit) {
    xmlNodePtr segment = first_child(unit, "segment");
    if (segment == nullptr)
        return false;
    xmlNodePtr source = first_child(segment, "source");
    if (source == nullptr)
        return false;
    for (xmlNodePtr target = first_child(segment, "target"); target;
         target = first_child(segment, "target")) {
        xmlUnlinkNode(target);
        xmlFreeNode(target);
    }
    xmlNodePtr target = xmlNewDocNode(unit->doc, segment->ns, x("target"), nullptr);
    xmlAddNextSibling(source, target);
    if (!append_fragment(target, edit.target_content))
        return false;
    if (edit.stale) {
        xmlSetProp(segment, x("state"), x("initial"));
        xmlSetProp(segment, x("subState"), x(std::string(kStaleSubState).c_str()));
    } else {
        xmlSetProp(segment, x("state"), x(std::string(to_string(edit.state)).c_str()));
        xmlUnsetProp(segment, x("subState")); // another tool's sub-state of the old state
    }
    indent_children(segment, "\n        ", "\n      ");
    return true;
}

} // namespace

Result<std::string> set_unit_targets(const std::string& path, std::string_view content,
                                     const std::vector<UnitTargetEdit>& edits) {
    XmlDocument holder;
    if (Status parsed = parse_xliff2(path, content, holder); !parsed)
        return parsed.error();
    xmlNodePtr root = xmlDocGetRootElement(holder.doc);
    bind_metadata_namespace(root);
    xmlNodePtr file = first_child(root, "file");
    std::map<std::string, xmlNodePtr> units = units_by_id(file);
    bool added = false;
    for (const UnitTargetEdit& edit : edits) {
        xmlNodePtr unit = nullptr;
        if (auto found = units.find(edit.unit_id); found != units.end()) {
            unit = found->second;
        } else {
            unit = append_new_unit(file, edit.unit_id, edit.block_kind, edit.source);
            if (unit == nullptr)
                return Error{path + ": cannot build unit " + edit.unit_id};
            units.emplace(edit.unit_id, unit);
            added = true;
        }
        xmlNodePtr holder_node = nullptr;
        std::map<std::string, std::string> meta = read_metadata(unit, &holder_node);
        if (meta["source-hash"] != edit.source.hash || segment_count(unit) != 1)
            if (!replace_unit_source(unit, edit.source))
                return Error{path + ": unit " + edit.unit_id + " cannot be updated"};
        if (!set_target(unit, edit))
            return Error{path + ": unit " + edit.unit_id + ": the target is not XLIFF content"};
        meta["block"] = edit.block_kind;
        meta["source-hash"] = edit.source.hash;
        meta.erase("obsolete");
        if (edit.stale)
            meta["previous-state"] = std::string(to_string(edit.state));
        else
            meta.erase("previous-state");
        for (const auto& [type, value] : edit.metadata)
            meta[type] = value;
        if (!write_metadata(unit, meta))
            return Error{path + ": unit " + edit.unit_id +
                         ": its medloc metadata cannot be written"};
        indent_children(unit, "\n      ", "\n    ");
    }
    if (added)
        indent_children(file, "\n    ", "\n  ");
    return serialize(holder.doc);
}

} // namespace medloc
