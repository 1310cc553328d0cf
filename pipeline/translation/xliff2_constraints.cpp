#include "translation/xliff2_constraints.h"

#include "language/language_tag.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <optional>
#include <set>
#include <string>

namespace medloc {

namespace {

constexpr std::string_view kXmlNamespace = "http://www.w3.org/XML/1998/namespace";

// Inline elements of XLIFF 2 core.
bool is_inline(std::string_view name) {
    return name == "ph" || name == "pc" || name == "sc" || name == "ec" || name == "mrk" ||
           name == "sm" || name == "em" || name == "cp";
}

// Codes that take the can* attributes and canReorder (ec mirrors its sc).
bool is_code(std::string_view name) {
    return name == "ph" || name == "pc" || name == "sc" || name == "ec";
}

std::string lower(std::string_view text) {
    std::string result(text);
    std::transform(result.begin(), result.end(), result.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return result;
}

std::vector<std::string> split_on(std::string_view text, char separator) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = text.find(separator, start);
        parts.emplace_back(text.substr(start, end == std::string_view::npos ? end : end - start));
        if (end == std::string_view::npos)
            return parts;
        start = end + 1;
    }
}

std::vector<std::string> tokens(std::string_view text) {
    std::vector<std::string> found;
    std::size_t at = 0;
    while (at < text.size()) {
        while (at < text.size() && (text[at] == ' ' || text[at] == '\t' || text[at] == '\n'))
            ++at;
        std::size_t end = at;
        while (end < text.size() && text[end] != ' ' && text[end] != '\t' && text[end] != '\n')
            ++end;
        if (end > at)
            found.emplace_back(text.substr(at, end - at));
        at = end;
    }
    return found;
}

// XML 1.0 NameChar, ASCII part; non-ASCII bytes are accepted (letters in other scripts).
bool is_nmtoken(std::string_view text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte >= 0x80 || std::isalnum(byte) || c == '.' || c == '-' || c == '_' || c == ':';
    });
}

bool allowed_in_xml(unsigned long code_point) {
    return code_point == 0x9 || code_point == 0xA || code_point == 0xD ||
           (code_point >= 0x20 && code_point <= 0xD7FF) ||
           (code_point >= 0xE000 && code_point <= 0xFFFD) ||
           (code_point >= 0x10000 && code_point <= 0x10FFFF);
}

// What the ids of one unit resolve to, for fragment identifiers.
struct UnitScope {
    const MarkupNode* unit = nullptr;
    std::set<std::string> note_ids;
    std::set<std::string> data_ids;
    std::set<std::string> source_ids; // segments, ignorables and codes of the sources
    std::set<std::string> target_ids; // codes of the targets
};

struct FileScope {
    std::string id;
    std::set<std::string> note_ids;
    std::set<std::string> group_ids;
    std::set<std::string> unit_ids;
};

class ConstraintChecker {
public:
    ConstraintChecker(const SourceFile& source, const MarkupTree& tree, std::string_view core,
                      std::vector<LoadIssue>& issues)
        : source_(source), tree_(tree), core_(core), issues_(issues) {}

    void run() {
        const MarkupNode& root = tree_.node(tree_.root());
        source_lang_ = value(root, "srcLang").value_or("");
        target_lang_ = value(root, "trgLang").value_or("");
        for (const char* name : {"srcLang", "trgLang"})
            if (auto tag = value(root, name); tag && !is_well_formed_language_tag(*tag))
                report_attribute(
                    root, name, std::string(name) + " '" + *tag + "' is not a BCP 47 language tag");
        for (std::size_t index : tree_.elements()) {
            const MarkupNode& node = tree_.node(index);
            if (auto tag = value(node, "xml:lang");
                tag && !tag->empty() && !is_well_formed_language_tag(*tag))
                report_attribute(node, "xml:lang",
                                 "xml:lang '" + *tag + "' is not a BCP 47 language tag");
            if (is_core(node))
                check_format_style(node);
        }
        std::set<std::string> file_ids;
        for (const MarkupNode* file : core_children(root, "file")) {
            FileScope scope;
            scope.id = value(*file, "id").value_or("");
            if (!scope.id.empty() && !file_ids.insert(scope.id).second)
                report_attribute(*file, "id", "file id '" + scope.id + "' is not unique");
            check_file(*file, scope);
        }
    }

private:
    // ---- tree access ----

    // The namespace a prefix ("" for the default) stands for at `node`.
    std::string namespace_for(const MarkupNode& node, const std::string& prefix) const {
        if (prefix == "xml")
            return std::string(kXmlNamespace);
        const std::string declaration = prefix.empty() ? "xmlns" : "xmlns:" + prefix;
        for (const MarkupNode* at = &node;;) {
            if (const MarkupAttribute* found = at->attribute(declaration))
                return found->value;
            if (at->parent == MarkupNode::npos)
                return "";
            at = &tree_.node(at->parent);
        }
    }

    std::string namespace_of(const MarkupNode& node) const {
        const std::size_t colon = node.name.find(':');
        return namespace_for(node, colon == std::string::npos ? "" : node.name.substr(0, colon));
    }

    bool is_core(const MarkupNode& node) const {
        return node.kind == MarkupNode::Kind::element && namespace_of(node) == core_;
    }

    std::vector<const MarkupNode*> core_children(const MarkupNode& parent,
                                                 std::string_view name) const {
        std::vector<const MarkupNode*> found;
        for (std::size_t index : parent.children) {
            const MarkupNode& child = tree_.node(index);
            if (is_core(child) && child.local_name() == name)
                found.push_back(&child);
        }
        return found;
    }

    // Core inline elements inside `node`, in document order.
    void collect_inline(const MarkupNode& node, std::vector<const MarkupNode*>& codes) const {
        for (std::size_t index : node.children) {
            const MarkupNode& child = tree_.node(index);
            if (!is_core(child))
                continue;
            if (is_inline(child.local_name()))
                codes.push_back(&child);
            collect_inline(child, codes);
        }
    }

    static std::optional<std::string> value(const MarkupNode& node, std::string_view name) {
        const MarkupAttribute* found = node.attribute(name);
        if (found == nullptr)
            return std::nullopt;
        return found->value;
    }

    static std::string value_or(const MarkupNode& node, std::string_view name,
                                std::string_view fallback) {
        return value(node, name).value_or(std::string(fallback));
    }

    // xml:lang or xml:space on the node or its nearest ancestor that has it.
    std::optional<std::string> inherited(const MarkupNode& node, std::string_view name) const {
        for (const MarkupNode* at = &node;;) {
            if (auto found = value(*at, name))
                return found;
            if (at->parent == MarkupNode::npos)
                return std::nullopt;
            at = &tree_.node(at->parent);
        }
    }

    void report(const MarkupNode& node, std::string message) {
        issues_.push_back(
            {LoadIssueKind::invalid, source_.position(node.begin), std::move(message)});
    }

    void report_attribute(const MarkupNode& node, std::string_view name, std::string message) {
        const MarkupAttribute* found = node.attribute(name);
        issues_.push_back({LoadIssueKind::invalid,
                           source_.position(found ? found->name_offset : node.begin),
                           std::move(message)});
    }

    // ---- containers ----

    void check_file(const MarkupNode& file, FileScope& scope) {
        for (const MarkupNode* skeleton : core_children(file, "skeleton")) {
            const bool has_href = skeleton->attribute("href") != nullptr;
            const bool has_content = skeleton->content_end > skeleton->content_begin;
            if (has_href && has_content)
                report(*skeleton, "<skeleton> has both an href and content");
            else if (!has_href && !has_content)
                report(*skeleton, "<skeleton> has neither an href nor content");
        }
        scope.note_ids = check_notes(file);
        check_extension_ids(file);
        std::vector<const MarkupNode*> units;
        collect_units(file, scope, units);
        for (const MarkupNode* unit : units)
            check_unit(*unit, scope);
    }

    void collect_units(const MarkupNode& container, FileScope& scope,
                       std::vector<const MarkupNode*>& units) {
        for (std::size_t index : container.children) {
            const MarkupNode& child = tree_.node(index);
            if (!is_core(child))
                continue;
            if (child.local_name() == "group") {
                const std::string id = value_or(child, "id", "");
                if (!id.empty() && !scope.group_ids.insert(id).second)
                    report_attribute(child, "id",
                                     "group id '" + id + "' is not unique in its file");
                check_notes(child);
                check_extension_ids(child);
                collect_units(child, scope, units);
            } else if (child.local_name() == "unit") {
                scope.unit_ids.insert(value_or(child, "id", ""));
                units.push_back(&child);
            }
        }
    }

    // Note ids are unique within their <notes>; returns them.
    std::set<std::string> check_notes(const MarkupNode& container) {
        std::set<std::string> ids;
        for (const MarkupNode* notes : core_children(container, "notes"))
            for (const MarkupNode* note : core_children(*notes, "note"))
                if (auto id = value(*note, "id"); id && !ids.insert(*id).second)
                    report_attribute(*note, "id", "note id '" + *id + "' is not unique");
        return ids;
    }

    // Extension elements (and the elements inside them) that carry an id or xml:id: unique
    // among all of them in the enclosing file, group or unit. Elements of known modules
    // must be ones the module defines.
    void check_extension_ids(const MarkupNode& container) {
        std::set<std::string> ids;
        for (std::size_t index : container.children) {
            const MarkupNode& child = tree_.node(index);
            if (child.kind != MarkupNode::Kind::element || is_core(child))
                continue;
            check_module_element(child);
            collect_extension_ids(child, ids, container);
        }
    }

    void collect_extension_ids(const MarkupNode& element, std::set<std::string>& ids,
                               const MarkupNode& container) {
        if (is_core(element))
            return;
        for (const char* name : {"id", "xml:id"})
            if (auto id = value(element, name); id && !ids.insert(*id).second)
                report_attribute(element, name,
                                 "extension id '" + *id + "' is not unique in <" +
                                     std::string(container.local_name()) + ">");
        for (std::size_t index : element.children)
            if (tree_.node(index).kind == MarkupNode::Kind::element)
                collect_extension_ids(tree_.node(index), ids, container);
    }

    // The elements a module allows directly in core elements; another name in the
    // module's namespace is not an element of that module (a lax XSD lets it through).
    void check_module_element(const MarkupNode& element) {
        static const std::map<std::string, std::set<std::string>, std::less<>> kModuleRoots = {
            {"urn:oasis:names:tc:xliff:matches:2.0", {"matches"}},
            {"urn:oasis:names:tc:xliff:glossary:2.0", {"glossary"}},
            {"urn:oasis:names:tc:xliff:metadata:2.0", {"metadata"}},
            {"urn:oasis:names:tc:xliff:resourcedata:2.0", {"resourceData"}},
            {"urn:oasis:names:tc:xliff:sizerestriction:2.0", {"profiles", "data"}},
            {"urn:oasis:names:tc:xliff:validation:2.0", {"validation"}},
            {"urn:oasis:names:tc:xliff:changetracking:2.0", {"changeTrack"}},
            {"urn:oasis:names:tc:xliff:fs:2.0", {}}};
        const auto module = kModuleRoots.find(namespace_of(element));
        if (module != kModuleRoots.end() &&
            !module->second.contains(std::string(element.local_name())))
            report(element, "<" + element.name + "> is not an element of module " + module->first);
    }

    // ---- units ----

    void check_unit(const MarkupNode& unit, const FileScope& file) {
        UnitScope scope;
        scope.unit = &unit;
        scope.note_ids = check_notes(unit);
        check_extension_ids(unit);
        for (const MarkupNode* original : core_children(unit, "originalData"))
            for (const MarkupNode* data : core_children(*original, "data"))
                if (auto id = value(*data, "id"); id && !scope.data_ids.insert(*id).second)
                    report_attribute(*data, "id",
                                     "data id '" + *id + "' is not unique in its unit");

        std::vector<const MarkupNode*> parts;
        for (std::size_t index : unit.children) {
            const MarkupNode& child = tree_.node(index);
            if (is_core(child) &&
                (child.local_name() == "segment" || child.local_name() == "ignorable"))
                parts.push_back(&child);
        }
        if (std::none_of(parts.begin(), parts.end(),
                         [](const MarkupNode* part) { return part->local_name() == "segment"; }))
            report(unit, "unit '" + value_or(unit, "id", "") + "' has no <segment>");
        std::vector<const MarkupNode*> source_codes;
        std::vector<const MarkupNode*> target_codes;
        std::map<const MarkupNode*, const MarkupNode*> part_of; // code -> its segment
        std::set<std::string> part_ids;
        std::set<std::size_t> orders;
        for (std::size_t position = 0; position < parts.size(); ++position) {
            const MarkupNode& part = *parts[position];
            if (auto id = value(part, "id"); id && !part_ids.insert(*id).second)
                report_attribute(part, "id",
                                 "segment or ignorable id '" + *id + "' is not unique in its unit");
            const auto sources = core_children(part, "source");
            const auto targets = core_children(part, "target");
            if (!sources.empty()) {
                check_languages(*sources.front(), targets.empty() ? nullptr : targets.front());
                const std::size_t before = source_codes.size();
                collect_inline(*sources.front(), source_codes);
                for (std::size_t i = before; i < source_codes.size(); ++i)
                    part_of[source_codes[i]] = &part;
            }
            if (!targets.empty()) {
                collect_inline(*targets.front(), target_codes);
                check_order(*targets.front(), position + 1, parts.size(), orders);
            }
        }
        scope.source_ids = part_ids;
        scope.target_ids = part_ids;
        collect_ids(source_codes, scope.source_ids, "source");
        collect_ids(target_codes, scope.target_ids, "target");

        check_side(source_codes, scope, file);
        check_side(target_codes, scope, file);
        check_copies(source_codes, target_codes);
        check_copies(target_codes, source_codes);
        check_reordering(source_codes, target_codes);
        if (!target_codes.empty() ||
            std::any_of(parts.begin(), parts.end(),
                        [&](const MarkupNode* p) { return !core_children(*p, "target").empty(); }))
            check_kept(source_codes, target_codes, part_of);
    }

    void check_languages(const MarkupNode& source, const MarkupNode* target) {
        const std::string source_lang = inherited(source, "xml:lang").value_or(source_lang_);
        if (!source_lang_.empty() && lower(source_lang) != lower(source_lang_))
            report(source, "the source's language '" + source_lang + "' is not srcLang '" +
                               source_lang_ + "'");
        if (target == nullptr)
            return;
        if (auto target_lang = inherited(*target, "xml:lang");
            target_lang && lower(*target_lang) != lower(target_lang_))
            report(*target, "the target's language '" + *target_lang + "' is not trgLang '" +
                                target_lang_ + "'");
        const std::string source_space = inherited(source, "xml:space").value_or("default");
        const std::string target_space = inherited(*target, "xml:space").value_or("default");
        if (source_space != target_space)
            report(*target, "the target's xml:space '" + target_space +
                                "' differs from the source's '" + source_space + "'");
    }

    void check_order(const MarkupNode& target, std::size_t position, std::size_t count,
                     std::set<std::size_t>& orders) {
        std::size_t order = position;
        if (auto written = value(target, "order")) {
            const auto [end, error] =
                std::from_chars(written->data(), written->data() + written->size(), order);
            if (error != std::errc() || end != written->data() + written->size() || order == 0 ||
                order > count) {
                report_attribute(target, "order",
                                 "order '" + *written + "' is not between 1 and " +
                                     std::to_string(count));
                return;
            }
        }
        if (!orders.insert(order).second)
            report(target, "target order " + std::to_string(order) + " is used twice in the unit");
    }

    static bool has_own_id(const MarkupNode& code) {
        const std::string_view name = code.local_name();
        return name == "ph" || name == "pc" || name == "sc" || name == "mrk" || name == "sm" ||
               (name == "ec" && code.attribute("startRef") == nullptr);
    }

    void collect_ids(const std::vector<const MarkupNode*>& codes, std::set<std::string>& ids,
                     std::string_view side) {
        for (const MarkupNode* code : codes) {
            if (!has_own_id(*code))
                continue;
            if (auto id = value(*code, "id"); id && !ids.insert(*id).second)
                report_attribute(*code, "id",
                                 "id '" + *id + "' is not unique in the " + std::string(side) +
                                     " of its unit");
        }
    }

    // ---- one side (sources or targets) of a unit ----

    void check_side(const std::vector<const MarkupNode*>& codes, const UnitScope& unit,
                    const FileScope& file) {
        std::map<std::string, std::size_t> starts;  // sc id -> position
        std::map<std::string, std::size_t> markers; // sm id -> position
        std::map<std::string, std::size_t> ends;    // ec startRef -> position
        std::set<std::string> marker_ends;
        for (std::size_t i = 0; i < codes.size(); ++i) {
            const MarkupNode& code = *codes[i];
            const std::string_view name = code.local_name();
            if (name == "sc")
                starts.emplace(value_or(code, "id", ""), i);
            else if (name == "sm")
                markers.emplace(value_or(code, "id", ""), i);
            else if (name == "ec" && code.attribute("startRef"))
                ends.emplace(value_or(code, "startRef", ""), i);
            else if (name == "em")
                marker_ends.insert(value_or(code, "startRef", ""));
        }
        for (std::size_t i = 0; i < codes.size(); ++i) {
            const MarkupNode& code = *codes[i];
            const std::string_view name = code.local_name();
            if (is_code(name)) {
                check_type(code);
                check_references(code, unit, file);
                check_reorder_attributes(code);
            }
            if (name == "sc")
                check_start(code, i, ends);
            else if (name == "ec")
                check_end(code, i, starts, codes);
            else if (name == "sm" && !marker_ends.contains(value_or(code, "id", "")))
                report(code, "<sm id='" + value_or(code, "id", "") + "'> has no <em> in its unit");
            else if (name == "em")
                check_marker_end(code, i, markers);
            else if (name == "cp")
                check_code_point(code);
            else if (name == "mrk")
                check_annotation(code, unit, file);
        }
        check_reorder_sequences(codes);
    }

    // Format Style module: fs and subFs only, and subFs only with fs.
    void check_format_style(const MarkupNode& element) {
        bool has_fs = false, has_sub_fs = false;
        for (const MarkupAttribute& attribute : element.attributes) {
            const std::size_t colon = attribute.name.find(':');
            if (colon == std::string::npos || attribute.name.starts_with("xmlns"))
                continue;
            if (namespace_for(element, attribute.name.substr(0, colon)) !=
                "urn:oasis:names:tc:xliff:fs:2.0")
                continue;
            const std::string local = attribute.name.substr(colon + 1);
            has_fs = has_fs || local == "fs";
            has_sub_fs = has_sub_fs || local == "subFs";
            if (local != "fs" && local != "subFs")
                report_attribute(element, attribute.name,
                                 "'" + attribute.name +
                                     "' is not an attribute of the Format Style module");
        }
        if (has_sub_fs && !has_fs)
            report(element, "subFs without fs");
        // An <ec> that closes an <sc> takes its format from the <sc>: only an isolated one
        // may carry its own (the conformance suite's bad_InvalidFSAttributeOnEc).
        if ((has_fs || has_sub_fs) && element.local_name() == "ec" &&
            value_or(element, "isolated", "no") != "yes")
            report(element, "Format Style attributes on an <ec> that is not isolated: they "
                            "belong on its <sc>");
    }

    void check_type(const MarkupNode& code) {
        const auto type = value(code, "type");
        const auto sub_type = value(code, "subType");
        if (!sub_type)
            return;
        if (!type) {
            report_attribute(code, "subType", "subType '" + *sub_type + "' without a type");
            return;
        }
        static const std::map<std::string, std::string, std::less<>> kCoreSubTypes = {
            {"xlf:lb", "fmt"}, {"xlf:pb", "fmt"}, {"xlf:b", "fmt"},
            {"xlf:i", "fmt"},  {"xlf:u", "fmt"},  {"xlf:var", "ui"}};
        if (!sub_type->starts_with("xlf:"))
            return;
        const auto known = kCoreSubTypes.find(*sub_type);
        if (known == kCoreSubTypes.end())
            report_attribute(code, "subType", "unknown subType '" + *sub_type + "'");
        else if (known->second != *type)
            report_attribute(code, "subType",
                             "subType '" + *sub_type + "' needs type '" + known->second +
                                 "', not '" + *type + "'");
    }

    void check_references(const MarkupNode& code, const UnitScope& unit, const FileScope& file) {
        for (const char* name : {"dataRef", "dataRefStart", "dataRefEnd"})
            if (auto ref = value(code, name); ref && !unit.data_ids.contains(*ref))
                report_attribute(code, name,
                                 std::string(name) + " '" + *ref +
                                     "' names no <data> in the unit's <originalData>");
        for (const char* name : {"subFlows", "subFlowsStart", "subFlowsEnd"}) {
            const auto flows = value(code, name);
            if (!flows)
                continue;
            for (const std::string& flow : tokens(*flows)) {
                if (!is_nmtoken(flow)) {
                    report_attribute(code, name,
                                     std::string(name) + " '" + *flows +
                                         "' is not a list of unit ids separated by spaces");
                    break;
                }
                if (!file.unit_ids.contains(flow))
                    report_attribute(code, name,
                                     std::string(name) + ": no unit '" + flow + "' in this file");
            }
        }
    }

    // canReorder="no" or "firstNo" makes the code neither copyable nor deletable.
    void check_reorder_attributes(const MarkupNode& code) {
        const std::string reorder = value_or(code, "canReorder", "yes");
        if (reorder == "yes")
            return;
        if (value_or(code, "canCopy", "yes") != "no" || value_or(code, "canDelete", "yes") != "no")
            report_attribute(code, "canReorder",
                             "canReorder='" + reorder +
                                 "' requires canCopy='no' and canDelete='no'");
    }

    void check_start(const MarkupNode& start, std::size_t,
                     const std::map<std::string, std::size_t>& ends) {
        const std::string id = value_or(start, "id", "");
        const bool isolated = value_or(start, "isolated", "no") == "yes";
        const bool closed = ends.contains(id);
        if (isolated && closed)
            report_attribute(start, "isolated",
                             "<sc id='" + id + "'> is isolated but its <ec> is in the same unit");
        else if (!isolated && !closed)
            report(start,
                   "<sc id='" + id + "'> has no <ec> in its unit: it must be isolated='yes'");
    }

    void check_end(const MarkupNode& end, std::size_t position,
                   const std::map<std::string, std::size_t>& starts,
                   const std::vector<const MarkupNode*>& codes) {
        const bool isolated = value_or(end, "isolated", "no") == "yes";
        const auto start_ref = value(end, "startRef");
        if (isolated) {
            if (start_ref)
                report_attribute(end, "startRef", "an isolated <ec> takes an id, not a startRef");
            else if (!end.attribute("id"))
                report(end, "an isolated <ec> needs an id");
            return;
        }
        if (!start_ref) {
            report(end, "an <ec> without startRef must be isolated='yes'");
            return;
        }
        if (end.attribute("id"))
            report_attribute(end, "id", "an <ec> that is not isolated takes a startRef, not an id");
        const auto start = starts.find(*start_ref);
        if (start == starts.end()) {
            report_attribute(end, "startRef",
                             "startRef '" + *start_ref + "' names no <sc> in its unit");
            return;
        }
        if (start->second > position) {
            report(end, "<ec startRef='" + *start_ref + "'> comes before its <sc>");
            return;
        }
        const MarkupNode& sc = *codes[start->second];
        // Omitted, each of these is "yes"; the pair says the same of the code it spans.
        for (const char* name : {"canCopy", "canDelete", "canOverlap", "canReorder"}) {
            const std::string at_start = value_or(sc, name, "yes");
            const std::string at_end = value_or(end, name, "yes");
            if (at_end != at_start)
                report(end, std::string(name) + "='" + at_end +
                                "' on <ec> differs from its <sc>'s '" + at_start + "'");
        }
    }

    void check_marker_end(const MarkupNode& end, std::size_t position,
                          const std::map<std::string, std::size_t>& markers) {
        const std::string start_ref = value_or(end, "startRef", "");
        const auto marker = markers.find(start_ref);
        if (marker == markers.end())
            report(end, "<em startRef='" + start_ref + "'> names no <sm> in its unit");
        else if (marker->second > position)
            report(end, "<em startRef='" + start_ref + "'> comes before its <sm>");
    }

    void check_code_point(const MarkupNode& cp) {
        const std::string hex = value_or(cp, "hex", "");
        unsigned long code_point = 0;
        const auto [end, error] =
            std::from_chars(hex.data(), hex.data() + hex.size(), code_point, 16);
        if (hex.empty() || error != std::errc() || end != hex.data() + hex.size() ||
            code_point > 0x10FFFF)
            report_attribute(cp, "hex", "hex '" + hex + "' is not a Unicode code point");
        else if (allowed_in_xml(code_point))
            report_attribute(cp, "hex",
                             "<cp hex='" + hex +
                                 "'> stands for a character XML allows: write it as text");
    }

    void check_annotation(const MarkupNode& mark, const UnitScope& unit, const FileScope& file) {
        const bool has_value = mark.attribute("value") != nullptr;
        const auto ref = value(mark, "ref");
        if (value_or(mark, "type", "generic") == "comment" && has_value == ref.has_value())
            report(mark, "a comment annotation needs either a value or a ref, not " +
                             std::string(has_value ? "both" : "neither"));
        if (ref && ref->starts_with('#'))
            check_fragment(mark, *ref, unit, file, value_or(mark, "type", "generic") == "comment");
    }

    // XLIFF fragment identifiers: #[/]selector(/selector)*, selectors prefix=id in the order
    // f, g..., u, then one leaf (n, d, t, a module's prefix, or a bare id).
    void check_fragment(const MarkupNode& mark, const std::string& ref, const UnitScope& unit,
                        const FileScope& file, bool comment) {
        std::string_view body = std::string_view(ref).substr(1);
        if (body.starts_with('/'))
            body.remove_prefix(1);
        static const std::set<std::string, std::less<>> kModules = {"mtc", "gls", "mda", "res",
                                                                    "slr", "val", "ctr", "tbx"};
        const std::vector<std::string> parts = split_on(body, '/');
        std::optional<std::string> file_id, unit_id;
        std::string leaf_prefix, leaf_id;
        int stage = 0; // 0 start, 1 after f, 2 after g, 3 after u, 4 after the leaf
        auto fail = [&](const std::string& why) {
            report_attribute(mark, "ref", "fragment identifier '" + ref + "': " + why);
        };
        for (const std::string& part : parts) {
            if (stage == 4)
                return fail("nothing may follow its last selector");
            const std::size_t equals = part.find('=');
            if (equals == std::string::npos) {
                if (!is_nmtoken(part))
                    return fail("'" + part + "' is not an id");
                stage = 4;
                leaf_id = part;
                continue;
            }
            const std::string prefix = part.substr(0, equals);
            const std::string id = part.substr(equals + 1);
            if (!is_nmtoken(prefix))
                return fail("prefix '" + prefix + "' is not an NMTOKEN");
            if (id.empty() || !is_nmtoken(id))
                return fail("'" + part + "' has no valid id");
            if (prefix == "f") {
                if (stage != 0)
                    return fail("f= must come first");
                file_id = id;
                stage = 1;
            } else if (prefix == "g") {
                if (stage == 0 || stage > 2)
                    return fail("g= must follow f= or another g=");
                stage = 2;
            } else if (prefix == "u") {
                if (stage == 0 || stage > 2)
                    return fail("u= must follow f= or g=");
                unit_id = id;
                stage = 3;
            } else if (prefix == "n" || prefix == "d" || prefix == "t" ||
                       kModules.contains(prefix)) {
                if ((prefix == "d" || prefix == "t") && stage != 0 && stage != 3)
                    return fail(prefix + "= must follow u=");
                leaf_prefix = prefix;
                leaf_id = id;
                stage = 4;
            } else if (prefix.size() == 1) {
                return fail("prefix '" + prefix + "' is not one of XLIFF's (f, g, u, n, d, t)");
            } else {
                return fail("unknown prefix '" + prefix + "'");
            }
        }
        if (stage != 4 && !unit_id)
            return;
        // Resolve what points into this file and unit; other files are not followed.
        if (file_id && *file_id != file.id)
            return;
        const bool here = !unit_id || *unit_id == value_or(*unit.unit, "id", "");
        if (unit_id && !file.unit_ids.contains(*unit_id))
            return fail("no unit '" + *unit_id + "'");
        if (!here)
            return;
        const bool unit_level = unit_id.has_value() || !file_id;
        if (comment && (leaf_prefix != "n" || !unit_level))
            return fail("a comment annotation refers to a note of its own unit");
        if (leaf_prefix == "n") {
            const auto& notes = unit_level ? unit.note_ids : file.note_ids;
            if (!notes.contains(leaf_id))
                fail("no note '" + leaf_id + "' there");
        } else if (leaf_prefix == "d" && !unit.data_ids.contains(leaf_id)) {
            fail("no data '" + leaf_id + "' in the unit");
        } else if (leaf_prefix == "t" && !unit.target_ids.contains(leaf_id)) {
            fail("no target element '" + leaf_id + "' in the unit");
        } else if (leaf_prefix.empty() && !leaf_id.empty() && unit_level &&
                   !unit.source_ids.contains(leaf_id)) {
            fail("no segment or source element '" + leaf_id + "' in the unit");
        }
    }

    // canReorder: "no" continues a sequence that "firstNo" opened.
    void check_reorder_sequences(const std::vector<const MarkupNode*>& codes) {
        std::string previous = "yes";
        for (const MarkupNode* code : codes) {
            const std::string_view name = code->local_name();
            if (name != "ph" && name != "pc" && name != "sc")
                continue;
            const std::string reorder = value_or(*code, "canReorder", "yes");
            if (reorder == "no" && previous == "yes")
                report_attribute(*code, "canReorder",
                                 "canReorder='no' must follow a code with canReorder='firstNo'");
            previous = reorder;
        }
    }

    // The code that encloses `code` in its source or target ("" at the top).
    std::string enclosing_key(const MarkupNode& code) const {
        const MarkupNode& parent = tree_.node(code.parent);
        return is_core(parent) && is_inline(parent.local_name()) ? code_key(parent) : "";
    }

    static std::string code_key(const MarkupNode& code) {
        if (code.local_name() == "ec" && code.attribute("startRef"))
            return "ec:" + value_or(code, "startRef", "");
        return std::string(code.local_name()) + ":" + value_or(code, "id", "");
    }

    // A sequence that cannot be reordered appears in the target as in the source: the same
    // codes, in the same order, with no other code between them.
    void check_reordering(const std::vector<const MarkupNode*>& source,
                          const std::vector<const MarkupNode*>& target) {
        std::vector<std::string> target_keys;
        std::map<std::string, const MarkupNode*> target_nodes;
        std::map<std::string, const MarkupNode*> source_nodes;
        for (const MarkupNode* code : target)
            if (code->local_name() == "ph" || code->local_name() == "pc" ||
                code->local_name() == "sc") {
                target_keys.push_back(code_key(*code));
                target_nodes[target_keys.back()] = code;
            }
        std::vector<std::vector<std::string>> sequences;
        for (const MarkupNode* code : source) {
            const std::string_view name = code->local_name();
            if (name != "ph" && name != "pc" && name != "sc")
                continue;
            const std::string reorder = value_or(*code, "canReorder", "yes");
            source_nodes[code_key(*code)] = code;
            if (reorder == "firstNo")
                sequences.push_back({code_key(*code)});
            else if (reorder == "no" && !sequences.empty())
                sequences.back().push_back(code_key(*code));
        }
        for (const auto& sequence : sequences) {
            const auto first = std::find(target_keys.begin(), target_keys.end(), sequence.front());
            if (first == target_keys.end())
                continue; // a missing code is check_kept's to report
            for (std::size_t i = 1; i < sequence.size(); ++i) {
                const auto at = first + static_cast<std::ptrdiff_t>(i);
                if (at == target_keys.end() || *at != sequence[i] ||
                    enclosing_key(*target_nodes[sequence[i]]) !=
                        enclosing_key(*source_nodes[sequence[i]])) {
                    report(*target_nodes[sequence.front()],
                           "the target reorders codes that cannot be reordered (from " +
                               sequence.front() + ")");
                    break;
                }
            }
        }
    }

    // Codes with canDelete="no" in a translated segment's source appear in the targets.
    void check_kept(const std::vector<const MarkupNode*>& source,
                    const std::vector<const MarkupNode*>& target,
                    const std::map<const MarkupNode*, const MarkupNode*>& part_of) {
        std::set<std::string> kept;
        for (const MarkupNode* code : target)
            kept.insert(code_key(*code));
        for (const MarkupNode* code : source) {
            if (!is_code(code->local_name()) || value_or(*code, "canDelete", "yes") != "no")
                continue;
            const auto part = part_of.find(code);
            if (part != part_of.end() && core_children(*part->second, "target").empty())
                continue;
            if (!kept.contains(code_key(*code)))
                report(*code, "<" + std::string(code->local_name()) +
                                  "> has canDelete='no' but is "
                                  "missing from the target");
        }
    }

    // copyOf names a code of the same kind in the unit that may be copied, and a copy has
    // no original data of its own.
    void check_copies(const std::vector<const MarkupNode*>& side,
                      const std::vector<const MarkupNode*>& other) {
        for (const MarkupNode* code : side) {
            const auto copy_of = value(*code, "copyOf");
            if (!copy_of)
                continue;
            if (code->attribute("dataRef") || code->attribute("dataRefStart") ||
                code->attribute("dataRefEnd"))
                report_attribute(*code, "copyOf",
                                 "a copy (copyOf) has no original data of its own");
            const MarkupNode* base = nullptr;
            for (const auto* codes : {&side, &other})
                for (const MarkupNode* candidate : *codes)
                    if (candidate != code && has_own_id(*candidate) &&
                        candidate->local_name() == code->local_name() &&
                        value_or(*candidate, "id", "") == *copy_of &&
                        !candidate->attribute("copyOf"))
                        base = candidate;
            if (base == nullptr)
                report_attribute(*code, "copyOf",
                                 "copyOf '" + *copy_of + "' names no <" +
                                     std::string(code->local_name()) + "> in the unit");
            else if (value_or(*base, "canCopy", "yes") == "no")
                report_attribute(*code, "copyOf",
                                 "copyOf '" + *copy_of + "' names a code with canCopy='no'");
        }
    }

    const SourceFile& source_;
    const MarkupTree& tree_;
    std::string core_;
    std::vector<LoadIssue>& issues_;
    std::string source_lang_;
    std::string target_lang_;
};

} // namespace

void check_xliff2_constraints(const SourceFile& source, const MarkupTree& tree,
                              std::string_view core_namespace, std::vector<LoadIssue>& issues) {
    if (!tree.has_root())
        return;
    ConstraintChecker(source, tree, core_namespace, issues).run();
}

} // namespace medloc
