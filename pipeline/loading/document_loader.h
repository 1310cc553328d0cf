#pragma once

#include "core/finding.h"
#include "loading/markup_tree.h"
#include "loading/source_file.h"
#include "loading/xml_parser.h"
#include "loading/xml_schema.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace medloc {

// Why a file could not be loaded; the checks stage maps each kind to its schema rule.
enum class LoadIssueKind { unreadable, encoding, not_well_formed, doctype, invalid };

struct LoadIssue {
    LoadIssueKind kind = LoadIssueKind::not_well_formed;
    SourcePosition position; // line 0 when the file could not be read
    std::string message;
};

struct DocumentRules {
    const XmlSchema* schema = nullptr; // validate against it when set
    bool allow_doctype = false;        // articles: no; files from other tools (TBX 2008): yes
    ReadLimits limits;
    std::string document_kind = "documents"; // for messages: "articles", "termbases"
    // Files from other tools may declare a legacy encoding (windows-1252): read them
    // through ICU rather than reject them. medloc's own content stays UTF-8 only.
    bool accept_declared_encodings = false;
};

// A file read, checked for UTF-8, parsed securely, validated, and scanned for positions.
// `ok()` when nothing went wrong; otherwise `issues` says what, with positions.
struct [[nodiscard]] LoadedDocument {
    std::shared_ptr<const SourceFile> source;
    XmlDocPtr document;
    std::optional<MarkupTree> tree;
    std::vector<LoadIssue> issues;

    bool ok() const { return issues.empty() && document && tree; }
};

LoadedDocument load_xml_document(const std::string& path, const DocumentRules& rules);

// The same for text already in memory (a localized article medloc built); `name` stands
// for its path in messages.
LoadedDocument load_xml_text(const std::string& name, std::string content,
                             const DocumentRules& rules);

// Validates a loaded document (when the schema depends on what the file turned out to
// be); validity problems are appended to `issues` with their positions.
void validate_document(LoadedDocument& loaded, const XmlSchema& schema);

} // namespace medloc
