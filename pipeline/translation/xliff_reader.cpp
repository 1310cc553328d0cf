#include "translation/xliff_reader.h"

#include "translation/extractor.h"
#include "translation/xliff2_constraints.h"

#include <set>

namespace medloc {

namespace {

// Inline elements of XLIFF 1.2 whose content is native code, not text.
const std::vector<std::string_view> kXliff12Codes = {"ph", "bpt", "ept", "it", "sub"};

class XliffReader {
public:
    XliffReader(const LoadedDocument& loaded, std::vector<LoadIssue>& issues)
        : source_(*loaded.source), tree_(*loaded.tree), issues_(issues) {}

    XliffDocument read(bool version_2) {
        XliffDocument document;
        document.source = nullptr;
        const MarkupNode& root = tree_.node(tree_.root());
        document.version = root.token("version");
        version_2_ = version_2;
        if (version_2) {
            document.source_locale = root.token("srcLang");
            document.target_locale = root.token("trgLang");
            if (document.source_locale.empty())
                issue(root, "<xliff> has no srcLang attribute");
            if (document.version != "2.0" && document.version != "2.1" && document.version != "2.2")
                issue(root, "unknown XLIFF version '" + document.version + "' (2.0, 2.1 or 2.2)");
        } else if (document.version != "1.2" && document.version != "1.1" &&
                   document.version != "1.0") {
            issue(root, "unknown XLIFF version '" + document.version + "' (1.0, 1.1 or 1.2)");
        }
        for (const MarkupNode* file : elements(root, "file")) {
            const std::string original = attribute(*file, "original");
            document.file_originals.push_back(original);
            std::string file_id = version_2 ? file->token("id") : attribute(*file, "original");
            if (version_2 && file_id.empty())
                issue(*file, "<file> has no id");
            if (!version_2) {
                if (document.source_locale.empty())
                    document.source_locale = file->token("source-language");
                if (document.target_locale.empty())
                    document.target_locale = file->token("target-language");
                if (file->token("source-language").empty())
                    issue(*file, "<file> has no source-language attribute");
            }
            std::set<std::string> unit_ids;
            read_container(*file, file_id, unit_ids, document, file->token("translate") != "no");
        }
        bool any_target = false;
        for (const XliffUnit& unit : document.units)
            for (const XliffSegment& segment : unit.segments)
                any_target = any_target || segment.target.has_value();
        if (version_2 && any_target && document.target_locale.empty())
            issue(root, "targets are present but <xliff> has no trgLang attribute");
        return document;
    }

private:
    void issue(const MarkupNode& node, std::string message) {
        issues_.push_back(
            {LoadIssueKind::invalid, source_.position(node.begin), std::move(message)});
    }

    static std::string attribute(const MarkupNode& node, std::string_view name) {
        const MarkupAttribute* found = node.attribute(name);
        return found ? found->value : std::string();
    }

    std::vector<const MarkupNode*> elements(const MarkupNode& parent, std::string_view name) const {
        std::vector<const MarkupNode*> found;
        for (std::size_t index : parent.children) {
            const MarkupNode& child = tree_.node(index);
            if (child.kind == MarkupNode::Kind::element && child.local_name() == name)
                found.push_back(&child);
        }
        return found;
    }

    std::size_t index_of(const MarkupNode& node) const {
        return static_cast<std::size_t>(&node - tree_.nodes().data());
    }

    InlineText content(const MarkupNode& node) const {
        return collect_inline_text(source_.content, tree_, index_of(node),
                                   version_2_ ? std::vector<std::string_view>{} : kXliff12Codes);
    }

    // file, group and (1.2) body hold units and further groups, in document order.
    // `translate` is what they inherit (XLIFF's translate="no" holds for what is inside).
    void read_container(const MarkupNode& container, const std::string& file_id,
                        std::set<std::string>& unit_ids, XliffDocument& document, bool translate) {
        for (std::size_t index : container.children) {
            const MarkupNode& child = tree_.node(index);
            if (child.kind != MarkupNode::Kind::element)
                continue;
            const std::string_view name = child.local_name();
            // XLIFF 1.2 lets a bin-unit hold trans-units (a resource's strings).
            if (name == "group" || name == "body" || name == "bin-unit") {
                read_container(child, file_id, unit_ids, document,
                               translate && child.token("translate") != "no");
            } else if (name == (version_2_ ? "unit" : "trans-unit")) {
                XliffUnit unit =
                    version_2_ ? read_unit(child, file_id) : read_trans_unit(child, file_id);
                unit.translate = translate && child.token("translate") != "no";
                // XLIFF 2 requires unique unit ids in a file; 1.x tools often repeat them.
                if (version_2_ && !unit.id.empty() && !unit_ids.insert(unit.id).second)
                    issue(child, "duplicate unit id '" + unit.id + "' in file '" + file_id + "'");
                document.units.push_back(std::move(unit));
            }
        }
    }

    XliffUnit read_unit(const MarkupNode& node, const std::string& file_id) {
        XliffUnit unit;
        unit.id = node.token("id");
        unit.name = attribute(node, "name");
        unit.file_id = file_id;
        unit.offset = node.begin;
        if (unit.id.empty())
            issue(node, "<unit> has no id");
        for (std::size_t index : node.children) {
            const MarkupNode& child = tree_.node(index);
            if (child.kind != MarkupNode::Kind::element)
                continue;
            const std::string_view name = child.local_name();
            if (name == "segment" || name == "ignorable") {
                unit.segments.push_back(read_segment(child, name == "ignorable"));
            } else if (name == "notes") {
                for (const MarkupNode* note : elements(child, "note"))
                    unit.notes.push_back(element_text(source_.content, tree_, index_of(*note)));
            } else if (name == "originalData") {
                for (const MarkupNode* data : elements(child, "data"))
                    unit.original_data[data->token("id")] =
                        element_text(source_.content, tree_, index_of(*data));
            } else if (name == "metadata") {
                for (const MarkupNode* group : elements(child, "metaGroup"))
                    if (attribute(*group, "category") == "medloc")
                        for (const MarkupNode* meta : elements(*group, "meta"))
                            unit.medloc_metadata[attribute(*meta, "type")] =
                                element_text(source_.content, tree_, index_of(*meta));
            }
        }
        if (unit.segments.empty())
            issue(node, "unit '" + unit.id + "' has no segment");
        return unit;
    }

    XliffSegment read_segment(const MarkupNode& node, bool ignorable) {
        XliffSegment segment;
        segment.id = node.token("id");
        segment.ignorable = ignorable;
        const std::string state = node.token("state");
        segment.sub_state = attribute(node, "subState");
        if (!state.empty()) {
            if (auto parsed = parse_xliff2_state(state))
                segment.state = *parsed;
            else
                issue(node, "unknown segment state '" + state +
                                "' (initial, translated, reviewed, final)");
        }
        if (!segment.sub_state.empty() && state.empty())
            issue(node, "subState '" + segment.sub_state + "' without a state");
        if (!segment.sub_state.empty() && segment.sub_state.find(':') == std::string::npos)
            issue(node, "subState '" + segment.sub_state + "' must be prefix:value");
        read_source_and_target(node, segment);
        return segment;
    }

    XliffUnit read_trans_unit(const MarkupNode& node, const std::string& file_id) {
        XliffUnit unit;
        unit.id = node.token("id");
        unit.name = attribute(node, "resname");
        unit.file_id = file_id;
        unit.offset = node.begin;
        if (unit.id.empty())
            issue(node, "<trans-unit> has no id");
        // Where a converter recorded the unit's origin (translate-toolkit's po2xliff keeps
        // the id a unit had before its PO round trip as a source-file location).
        for (const MarkupNode* group : elements(node, "context-group"))
            if (attribute(*group, "purpose") == "location")
                for (const MarkupNode* context : elements(*group, "context"))
                    if (attribute(*context, "context-type") == "sourcefile")
                        unit.locations.push_back(
                            element_text(source_.content, tree_, index_of(*context)));
        XliffSegment segment;
        segment.id = unit.id;
        read_source_and_target(node, segment);
        std::string state;
        std::string qualifier;
        if (const MarkupNode* target = first(node, "target")) {
            state = target->token("state");
            qualifier = target->token("state-qualifier");
        }
        segment.state = map_xliff12_state(state, node.token("approved") == "yes");
        unit.medloc_metadata = read_xliff12_metadata(attribute(node, "extradata"));
        // What medloc extract wrote for a translation whose source changed (XLIFF 2:
        // state initial, subState medloc:stale); a tool that sets another state ends it.
        if (qualifier == kXliff12StaleQualifier && state == kXliff12StaleState) {
            segment.state = TranslationState::initial;
            segment.sub_state = std::string(kStaleSubState);
        }
        if (node.token("translate") == "no")
            segment.ignorable = true;
        for (const MarkupNode* note : elements(node, "note"))
            unit.notes.push_back(element_text(source_.content, tree_, index_of(*note)));
        unit.segments.push_back(std::move(segment));
        return unit;
    }

    const MarkupNode* first(const MarkupNode& parent, std::string_view name) const {
        auto found = elements(parent, name);
        return found.empty() ? nullptr : found.front();
    }

    void read_source_and_target(const MarkupNode& node, XliffSegment& segment) {
        const MarkupNode* source = first(node, "source");
        if (source == nullptr) {
            issue(node, "segment without <source>");
        } else {
            segment.source = content(*source);
            segment.source_offset = source->begin;
            segment.source_node = index_of(*source);
        }
        if (const MarkupNode* target = first(node, "target")) {
            segment.target = content(*target);
            segment.target_offset = target->begin;
            segment.target_node = index_of(*target);
        }
    }

    const SourceFile& source_;
    const MarkupTree& tree_;
    std::vector<LoadIssue>& issues_;
    bool version_2_ = true;
};

} // namespace

namespace {

XliffLoad read_loaded_xliff(LoadedDocument loaded, const XliffSchemas& schemas) {
    XliffLoad result;
    if (!loaded.ok()) {
        result.issues = std::move(loaded.issues);
        return result;
    }
    const MarkupNode& root = loaded.tree->node(loaded.tree->root());
    // The root's namespace, through its prefix when it has one (<x:xliff xmlns:x="…">).
    const std::size_t colon = root.name.find(':');
    const MarkupAttribute* ns = root.attribute(
        colon == std::string::npos ? "xmlns" : "xmlns:" + root.name.substr(0, colon));
    const std::string namespace_uri = ns ? ns->value : std::string();
    const bool version_2 = namespace_uri == kXliff2Namespace || namespace_uri == kXliff22Namespace;
    // XLIFF 1.x: 1.2's namespace, the older 1.0/1.1 ones, or none (older tools), read alike.
    const MarkupAttribute* version = root.attribute("version");
    const bool version_1 = namespace_uri == kXliff12Namespace ||
                           namespace_uri.starts_with("urn:oasis:names:tc:xliff:document:1.") ||
                           (namespace_uri.empty() && version && version->value.starts_with("1."));
    if (root.local_name() != "xliff" || (!version_2 && !version_1)) {
        result.issues.push_back({LoadIssueKind::invalid, loaded.source->position(root.begin),
                                 "not an XLIFF file: the root element is <" + root.name +
                                     "> in namespace '" + namespace_uri + "'"});
        return result;
    }
    if (version_2) {
        const XmlSchema* schema =
            namespace_uri == kXliff22Namespace ? schemas.version_2_2 : schemas.version_2_0;
        if (schema != nullptr) {
            validate_document(loaded, *schema);
            result.issues.insert(result.issues.end(), loaded.issues.begin(), loaded.issues.end());
            check_xliff2_constraints(*loaded.source, *loaded.tree, namespace_uri, result.issues);
        }
    }
    XliffReader reader(loaded, result.issues);
    XliffDocument document = reader.read(version_2);
    document.source = loaded.source;
    document.tree = std::make_shared<const MarkupTree>(std::move(*loaded.tree));
    result.document = std::move(document);
    return result;
}

DocumentRules xliff_rules(const ReadLimits& limits) {
    // A DOCTYPE is refused as in articles: its entities would give the file a meaning that
    // CAT tools expand and medloc, which never processes DTDs, would not see.
    return {nullptr, false, limits, "XLIFF files", true};
}

} // namespace

XliffLoad load_xliff(const std::string& path, const ReadLimits& limits,
                     const XliffSchemas& schemas) {
    return read_loaded_xliff(load_xml_document(path, xliff_rules(limits)), schemas);
}

XliffLoad load_xliff_text(const std::string& name, std::string content, const ReadLimits& limits,
                          const XliffSchemas& schemas) {
    if (content.size() > limits.max_bytes) {
        XliffLoad result;
        result.issues.push_back(
            {LoadIssueKind::unreadable,
             {},
             name + " is larger than " + std::to_string(limits.max_bytes) + " bytes"});
        return result;
    }
    return read_loaded_xliff(load_xml_text(name, std::move(content), xliff_rules(limits)), schemas);
}

} // namespace medloc
