#include "loading/xml_parser.h"

#include <filesystem>
#include <limits>
#include <mutex>
#include <regex>

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

std::string tidy_libxml_message(std::string message) {
    static const std::regex namespaced(R"(\{[^{}'\s,]+\})");
    message = std::regex_replace(message, namespaced, "");
    // libxml2 names its own option; say what the limit means for content instead.
    static const std::regex depth(
        R"(Excessive depth in document: (\d+) use XML_PARSE_HUGE option)");
    message = std::regex_replace(message, depth,
                                 "elements nested deeper than $1 levels (the parser's limit)");
    while (!message.empty() && (message.back() == '\n' || message.back() == ' '))
        message.pop_back();
    return message;
}

XmlParseResult parse_untrusted_xml(std::string_view bytes, const std::string& name) {
    XmlParseResult result;
    if (bytes.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
        result.issues.push_back({{1, 1}, "document is too large for the XML parser", std::nullopt});
        return result;
    }
    xmlParserCtxtPtr parser = xmlNewParserCtxt();
    if (parser == nullptr) {
        result.issues.push_back({{1, 1}, "out of memory creating the XML parser", std::nullopt});
        return result;
    }
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
    return result;
}

} // namespace medloc
