#include "loading/xml_parser.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <limits>
#include <mutex>
#include <new>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

namespace medloc {

namespace {

std::string g_schema_directory; // non-empty only inside a SchemaLoadingScope

xmlParserInputPtr refuse_or_load_schema(const char* url, const char* id, xmlParserCtxtPtr ctxt) {
    if (!g_schema_directory.empty() && url != nullptr) {
        std::error_code ec;
        const auto wanted = std::filesystem::weakly_canonical(url, ec);
        const auto directory = std::filesystem::weakly_canonical(g_schema_directory, ec);
        const std::string wanted_text = wanted.string();
        if (!ec && wanted_text.starts_with(directory.string() + "/") &&
            std::filesystem::is_regular_file(wanted, ec))
            return xmlNewInputFromFile(ctxt, wanted_text.c_str());
    }
    (void)id;
    // Every other resource is refused: content is untrusted.
    return nullptr;
}

// libxml2's generic error channel would print to stderr; medloc reports findings instead.
void ignore_generic_error(void*, const char*, ...) {}

void collect_error(void* user_data, xmlErrorPtr error) {
    auto* parser = static_cast<xmlParserCtxtPtr>(user_data);
    auto* result = static_cast<XmlParseResult*>(parser->_private);
    if (result == nullptr || error == nullptr || error->level < XML_ERR_ERROR)
        return;
    // libxml2 ran out of memory: not a problem of the document (parse_untrusted_xml throws).
    if (error->code == XML_ERR_NO_MEMORY) {
        result->out_of_memory = true;
        return;
    }
    if (result->issues.size() >= 50)
        return;
    XmlIssue issue;
    issue.position = {error->line, error->int2 > 0 ? error->int2 : 1};
    issue.message = tidy_libxml_message(error->message ? error->message : "unknown error");
    if (const long consumed = xmlByteConsumed(parser); consumed >= 0)
        issue.offset = static_cast<std::size_t>(consumed);
    for (const XmlIssue& seen : result->issues)
        if (seen.position == issue.position && seen.offset == issue.offset &&
            seen.message == issue.message)
            return;
    result->issues.push_back(std::move(issue));
}

} // namespace

void XmlDocDeleter::operator()(_xmlDoc* doc) const {
    xmlFreeDoc(doc);
}

void initialise_secure_xml() {
    static std::once_flag once;
    std::call_once(once, [] {
        xmlInitParser();
        xmlSetExternalEntityLoader(refuse_or_load_schema);
        xmlSetGenericErrorFunc(nullptr, ignore_generic_error);
    });
}

SchemaLoadingScope::SchemaLoadingScope(std::string directory) {
    g_schema_directory = std::move(directory);
}

SchemaLoadingScope::~SchemaLoadingScope() {
    g_schema_directory.clear();
}

namespace {

// libxml2 names an element of a namespace '{urn:…}local': the braces and what they hold
// (no quote, comma or white space) go.
std::string without_namespaces(std::string_view message) {
    std::string out;
    out.reserve(message.size());
    std::size_t at = 0;
    while (at < message.size()) {
        if (message[at] == '{') {
            std::size_t end = at + 1;
            while (end < message.size() && message[end] != '{' && message[end] != '}' &&
                   message[end] != '\'' && message[end] != ',' && message[end] != ' ' &&
                   message[end] != '\t' && message[end] != '\n' && message[end] != '\r' &&
                   message[end] != '\v' && message[end] != '\f')
                ++end;
            if (end < message.size() && message[end] == '}' && end > at + 1) {
                at = end + 1;
                continue;
            }
        }
        out += message[at++];
    }
    return out;
}

} // namespace

std::string tidy_libxml_message(std::string message) {
    message = without_namespaces(message);
    // libxml2 names its own option; say what the limit means for content instead.
    constexpr std::string_view kDepth = "Excessive depth in document: ";
    constexpr std::string_view kOption = " use XML_PARSE_HUGE option";
    if (const std::size_t at = message.find(kDepth); at != std::string::npos) {
        const std::size_t digits = at + kDepth.size();
        std::size_t end = digits;
        while (end < message.size() && message[end] >= '0' && message[end] <= '9')
            ++end;
        if (end > digits && std::string_view(message).substr(end).starts_with(kOption))
            message.replace(at, end + kOption.size() - at,
                            "elements nested deeper than " + message.substr(digits, end - digits) +
                                " levels (the parser's limit)");
    }
    while (!message.empty() && (message.back() == '\n' || message.back() == ' '))
        message.pop_back();
    return message;
}

namespace {

bool is_markup_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Past the first `terminator` at or after `from`, or npos.
std::size_t past(std::string_view bytes, std::size_t from, std::string_view terminator) {
    const std::size_t at = bytes.find(terminator, from);
    return at == std::string_view::npos ? at : at + terminator.size();
}

// Past a declaration that starts at `from` ("<!DOCTYPE … [ … ]>"): its internal subset may
// hold '>' in quoted literals, comments and processing instructions.
std::size_t past_declaration(std::string_view bytes, std::size_t from) {
    int brackets = 0;
    std::size_t i = from + 2;
    while (i < bytes.size()) {
        const char c = bytes[i];
        if (c == '"' || c == '\'') {
            i = past(bytes, i + 1, std::string_view(&c, 1));
        } else if (bytes.substr(i).starts_with("<!--")) {
            i = past(bytes, i + 4, "-->");
        } else if (bytes.substr(i).starts_with("<?")) {
            i = past(bytes, i + 2, "?>");
        } else if (c == '[') {
            ++brackets, ++i;
        } else if (c == ']') {
            --brackets, ++i;
        } else if (c == '>' && brackets <= 0) {
            return i + 1;
        } else {
            ++i;
        }
        if (i == std::string_view::npos)
            return i;
    }
    return std::string_view::npos;
}

} // namespace

std::optional<CrowdedElement> find_crowded_element(std::string_view bytes, std::size_t limit) {
    std::size_t i = bytes.find('<');
    while (i != std::string_view::npos && i < bytes.size()) {
        const std::string_view rest = bytes.substr(i);
        std::size_t next;
        if (rest.starts_with("<!--")) {
            next = past(bytes, i + 4, "-->");
        } else if (rest.starts_with("<![CDATA[")) {
            next = past(bytes, i + 9, "]]>");
        } else if (rest.starts_with("<?")) {
            next = past(bytes, i + 2, "?>");
        } else if (rest.starts_with("<!")) {
            next = past_declaration(bytes, i);
        } else if (rest.starts_with("</")) {
            next = past(bytes, i + 2, ">");
        } else {
            // A start tag: its attributes are its '=' outside quoted values.
            std::size_t j = i + 1;
            while (j < bytes.size() && !is_markup_space(bytes[j]) && bytes[j] != '>' &&
                   bytes[j] != '/')
                ++j;
            const std::size_t name_end = j;
            std::size_t attributes = 0;
            char quote = '\0';
            for (; j < bytes.size(); ++j) {
                const char c = bytes[j];
                if (quote != '\0') {
                    if (c == quote)
                        quote = '\0';
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '=') {
                    ++attributes;
                } else if (c == '>' || c == '<') {
                    break;
                }
            }
            if (attributes > limit) {
                // A name for the message, cut (between characters) if it is long.
                std::size_t shown = std::min<std::size_t>(name_end - i - 1, 64);
                while (shown > 0 && shown < name_end - i - 1 &&
                       (static_cast<unsigned char>(bytes[i + 1 + shown]) & 0xC0) == 0x80)
                    --shown;
                std::string name(bytes.substr(i + 1, shown));
                if (shown < name_end - i - 1)
                    name += "…";
                return CrowdedElement{i, std::move(name), attributes};
            }
            next = j < bytes.size() && bytes[j] == '>' ? j + 1 : j;
        }
        if (next == std::string_view::npos)
            break;
        i = bytes.find('<', next);
    }
    return std::nullopt;
}

namespace {

// libxml2 2.9 does not survive every allocation that fails in the middle of a parse (it
// crashes in xmlParseDocument): the room a tree of `bytes` may take (about 30 times the
// bytes for a file of tiny elements) is asked for before it starts, so that memory that
// runs out is std::bad_alloc here, with the file's name, never a crash inside libxml2. The
// probe is address space only, freed at once and never touched.
void ensure_room_to_parse(std::size_t bytes) {
    constexpr std::size_t kTreeBytesPerByte = 32;
    constexpr std::size_t kBase = std::size_t{16} << 20;
    void* probe = std::malloc(bytes * kTreeBytesPerByte + kBase);
    if (probe == nullptr)
        throw std::bad_alloc();
    std::free(probe);
}

} // namespace

XmlParseResult parse_untrusted_xml(std::string_view bytes, const std::string& name) {
    XmlParseResult result;
    if (const auto crowded = find_crowded_element(bytes, kMaxAttributesPerElement)) {
        result.issues.push_back(
            {{1, 1},
             "element <" + crowded->name + "> has " + std::to_string(crowded->attributes) +
                 " attributes; medloc reads at most " + std::to_string(kMaxAttributesPerElement) +
                 " on an element (the parser's limit), so the file is not parsed",
             crowded->offset});
        return result;
    }
    if (bytes.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
        result.issues.push_back({{1, 1}, "document is too large for the XML parser", std::nullopt});
        return result;
    }
    ensure_room_to_parse(bytes.size());
    xmlParserCtxtPtr parser = xmlNewParserCtxt();
    if (parser == nullptr)
        throw std::bad_alloc();
    parser->_private = &result;
    parser->sax->serror = collect_error;
    constexpr int options =
        XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
    xmlDocPtr doc = xmlCtxtReadMemory(parser, bytes.data(), static_cast<int>(bytes.size()),
                                      name.c_str(), "UTF-8", options);
    if (doc != nullptr) {
        result.has_doctype = doc->intSubset != nullptr || doc->extSubset != nullptr;
        if (!result.issues.empty() || !parser->wellFormed) {
            xmlFreeDoc(doc);
            doc = nullptr;
        }
    }
    if (doc == nullptr && result.issues.empty())
        result.issues.push_back({{1, 1}, "document is not well-formed", std::nullopt});
    result.document.reset(doc);
    parser->_private = nullptr;
    xmlFreeParserCtxt(parser);
    if (result.out_of_memory)
        throw std::bad_alloc(); // the run stops with "out of memory", not a finding
    return result;
}

} // namespace medloc
