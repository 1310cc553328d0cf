#pragma once

#include "core/finding.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct _xmlDoc;

namespace medloc {

struct XmlDocDeleter {
    void operator()(_xmlDoc* doc) const;
};
using XmlDocPtr = std::unique_ptr<_xmlDoc, XmlDocDeleter>;

// A problem libxml2 reported, with its position as libxml2 counts it (columns in
// characters, the byte order mark not counted).
struct XmlIssue {
    SourcePosition position; // as libxml2 counts: lines by line feeds only
    std::string message;
    // Where the parser stood, in bytes of the parsed text, when it is known: the position
    // medloc reports is computed from it, with every XML line end (CR, CRLF, LF) counted.
    std::optional<std::size_t> offset;
};

struct [[nodiscard]] XmlParseResult {
    XmlDocPtr document;           // null when the text is not well-formed
    std::vector<XmlIssue> issues; // errors, in the order libxml2 raised them
    bool has_doctype = false;     // a document type declaration was present
    bool out_of_memory = false;   // libxml2 ran out: parse_untrusted_xml throws std::bad_alloc
};

// Must run once before any parsing, on the main thread: initialises libxml2 and installs
// an external entity loader that refuses every resource (no network, no local files),
// except schema files while a SchemaLoadingScope is open.
void initialise_secure_xml();

// Parses untrusted bytes: no network, no DTD loading, no entity substitution, no
// default attributes from a DTD, libxml2's own limits on depth (256), text node size and
// entity amplification, and at most kMaxAttributesPerElement attributes on an element
// (checked before libxml2 reads the bytes: it compares each attribute with all the
// earlier ones, hours for an element with a hundred thousand). `name` is used only in
// libxml2's messages. Memory that runs out is std::bad_alloc, never a finding about the
// document.
XmlParseResult parse_untrusted_xml(std::string_view bytes, const std::string& name);

inline constexpr std::size_t kMaxAttributesPerElement = 256;

// The first start tag with more than `limit` attributes (namespace declarations included):
// the offset of its '<', its name and how many it has. A linear scan that skips comments,
// CDATA sections, processing instructions and declarations.
struct CrowdedElement {
    std::size_t offset = 0;
    std::string name;
    std::size_t attributes = 0;
};
std::optional<CrowdedElement> find_crowded_element(std::string_view bytes, std::size_t limit);

// libxml2 messages name elements as '{namespace}local'; reviewers read 'local'.
std::string tidy_libxml_message(std::string message);

// While alive, the entity loader may read local files under `directory`: the schemas
// import each other (xml.xsd). Not thread-safe: open only while compiling schemas.
class SchemaLoadingScope {
public:
    explicit SchemaLoadingScope(std::string directory);
    ~SchemaLoadingScope();
    SchemaLoadingScope(const SchemaLoadingScope&) = delete;
    SchemaLoadingScope& operator=(const SchemaLoadingScope&) = delete;
};

} // namespace medloc
