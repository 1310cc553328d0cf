#include "terminology/tbx_reader.h"

namespace medloc {

namespace {

constexpr std::string_view kTbx2019Namespace = "urn:iso:std:iso:30042:ed-2";

class TbxReader {
public:
    TbxReader(const LoadedDocument& loaded, std::vector<LoadIssue>& issues)
        : source_(*loaded.source), tree_(*loaded.tree), issues_(issues) {}

    Termbase read(bool modern) {
        Termbase termbase;
        termbase.format =
            modern ? "TBX 2019 (ISO 30042:2019, TBX-Basic)" : "TBX 2008 (martif, TBX-Basic)";
        const std::string_view entry_name = modern ? "conceptEntry" : "termEntry";
        std::vector<std::size_t> pending = {tree_.root()};
        while (!pending.empty()) {
            const std::size_t index = pending.back();
            pending.pop_back();
            const MarkupNode& node = tree_.node(index);
            if (node.kind != MarkupNode::Kind::element)
                continue;
            if (node.local_name() == entry_name) {
                termbase.concepts.push_back(read_concept(node, termbase.concepts.size()));
                continue;
            }
            for (auto child = node.children.rbegin(); child != node.children.rend(); ++child)
                pending.push_back(*child);
        }
        if (termbase.concepts.empty())
            issue(tree_.node(tree_.root()), "the termbase has no " + std::string(entry_name));
        return termbase;
    }

private:
    void issue(const MarkupNode& node, std::string message) {
        issues_.push_back(
            {LoadIssueKind::invalid, source_.position(node.begin), std::move(message)});
    }

    std::string text(const MarkupNode& node) const {
        return element_text(source_.content, tree_, index_of(node));
    }

    std::size_t index_of(const MarkupNode& node) const {
        return static_cast<std::size_t>(&node - tree_.nodes().data());
    }

    static std::string attribute(const MarkupNode& node, std::string_view name) {
        const MarkupAttribute* found = node.attribute(name);
        return found ? found->value : std::string();
    }

    // Child elements, looking through the grouping elements TBX allows (descripGrp,
    // termGrp) so that both forms read alike.
    std::vector<const MarkupNode*> children(const MarkupNode& node) const {
        std::vector<const MarkupNode*> found;
        for (std::size_t index : node.children) {
            const MarkupNode& child = tree_.node(index);
            if (child.kind != MarkupNode::Kind::element)
                continue;
            const std::string_view name = child.local_name();
            if (name == "descripGrp" || name == "termGrp") {
                for (const MarkupNode* inner : children(child))
                    found.push_back(inner);
            } else {
                found.push_back(&child);
            }
        }
        return found;
    }

    Concept read_concept(const MarkupNode& node, std::size_t position) {
        Concept entry;
        entry.source_offset = node.begin;
        entry.id = node.token("id");
        if (entry.id.empty()) {
            entry.id = "entry-" + std::to_string(position + 1);
            issue(node, "concept entry without an id (called " + entry.id + " here)");
        }
        for (const MarkupNode* child : children(node)) {
            const std::string_view name = child->local_name();
            if (name == "descrip" && attribute(*child, "type") == "subjectField")
                entry.subject_field = text(*child);
            else if (name == "note")
                entry.notes.push_back(text(*child));
            else if (name == "langSec" || name == "langSet")
                entry.languages.push_back(read_language(*child, entry.id));
        }
        std::size_t terms = 0;
        for (const LanguageSection& section : entry.languages)
            terms += section.terms.size();
        if (terms == 0)
            issue(node, "concept " + entry.id + " has no term");
        return entry;
    }

    LanguageSection read_language(const MarkupNode& node, const std::string& concept_id) {
        LanguageSection section;
        section.locale = node.token("xml:lang");
        if (section.locale.empty())
            issue(node, "language section of concept " + concept_id + " without xml:lang");
        for (const MarkupNode* child : children(node)) {
            const std::string_view name = child->local_name();
            if (name == "descrip" && attribute(*child, "type") == "definition")
                section.definition = text(*child);
            else if (name == "note")
                section.notes.push_back(text(*child));
            else if (name == "termSec" || name == "tig" || name == "ntig")
                if (auto term = read_term(*child, section.locale, concept_id))
                    section.terms.push_back(std::move(*term));
        }
        return section;
    }

    std::optional<Term> read_term(const MarkupNode& node, const std::string& locale,
                                  const std::string& concept_id) {
        Term term;
        term.locale = locale;
        term.source_offset = node.begin;
        bool has_term = false;
        for (const MarkupNode* child : children(node)) {
            const std::string_view name = child->local_name();
            if (name == "term") {
                term.text = text(*child);
                term.source_offset = child->begin;
                has_term = true;
            } else if (name == "termNote") {
                const std::string type = attribute(*child, "type");
                const std::string value = text(*child);
                if (type == "administrativeStatus") {
                    if (auto status = parse_term_status(value))
                        term.status = *status;
                    else
                        issue(*child, "unknown administrative status '" + value + "' in concept " +
                                          concept_id +
                                          " (preferredTerm-admn-sts, admittedTerm-admn-sts, "
                                          "deprecatedTerm-admn-sts or supersededTerm-admn-sts)");
                } else if (type == "partOfSpeech") {
                    term.part_of_speech = value;
                } else if (type == "termType") {
                    term.term_type = value;
                }
            } else if (name == "note") {
                term.note = text(*child);
            }
        }
        if (!has_term || term.text.empty()) {
            issue(node, "term section of concept " + concept_id + " without a term");
            return std::nullopt;
        }
        return term;
    }

    const SourceFile& source_;
    const MarkupTree& tree_;
    std::vector<LoadIssue>& issues_;
};

} // namespace

TermbaseLoad load_termbase(const std::string& path, const XmlSchema* schema_2019,
                           const ReadLimits& limits) {
    TermbaseLoad result;
    // TBX 2008 files from terminology tools often name the martif DTD: it is never loaded.
    LoadedDocument loaded = load_xml_document(path, {nullptr, true, limits, "termbases", true});
    if (!loaded.ok()) {
        result.issues = std::move(loaded.issues);
        return result;
    }
    const MarkupNode& root = loaded.tree->node(loaded.tree->root());
    const std::string_view root_name = root.local_name();
    const bool modern = root_name == "tbx";
    if (!modern && root_name != "martif") {
        result.issues.push_back({LoadIssueKind::invalid, loaded.source->position(root.begin),
                                 "not a TBX termbase: the root element is <" + root.name +
                                     ">, not <tbx> (TBX 2019) or <martif> (TBX 2008)"});
        return result;
    }
    if (modern) {
        const MarkupAttribute* ns = root.attribute("xmlns");
        if (ns == nullptr || ns->value != kTbx2019Namespace)
            result.issues.push_back(
                {LoadIssueKind::invalid, loaded.source->position(root.begin),
                 "a TBX 2019 file must use the namespace " + std::string(kTbx2019Namespace)});
        else if (schema_2019 != nullptr)
            validate_document(loaded, *schema_2019);
        result.issues.insert(result.issues.end(), loaded.issues.begin(), loaded.issues.end());
    }
    TbxReader reader(loaded, result.issues);
    Termbase termbase = reader.read(modern);
    termbase.source = loaded.source; // own the file: positions stay valid
    result.termbase = std::move(termbase);
    return result;
}

} // namespace medloc
