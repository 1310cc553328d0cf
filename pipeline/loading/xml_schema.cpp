#include "loading/xml_schema.h"

#include "loading/xml_parser.h"

#include <filesystem>
#include <new>

#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>

namespace medloc {

namespace {

struct CompileErrors {
    std::vector<std::string> messages;
};

void collect_compile_error(void* user_data, xmlErrorPtr error) {
    auto* errors = static_cast<CompileErrors*>(user_data);
    if (error != nullptr && error->level >= XML_ERR_ERROR && errors->messages.size() < 10) {
        std::string where = error->file ? std::string(error->file) : std::string("schema");
        errors->messages.push_back(where + ":" + std::to_string(error->line) + ": " +
                                   tidy_libxml_message(error->message ? error->message : ""));
    }
}

struct Validation {
    std::vector<SchemaIssue> issues;
    bool out_of_memory = false;
};

void collect_validity_error(void* user_data, xmlErrorPtr error) {
    auto* validation = static_cast<Validation*>(user_data);
    auto* issues = &validation->issues;
    if (error != nullptr && error->code == XML_ERR_NO_MEMORY)
        validation->out_of_memory = true;
    if (error == nullptr || error->level < XML_ERR_ERROR || issues->size() >= 100 ||
        validation->out_of_memory)
        return;
    SchemaIssue issue;
    issue.node = static_cast<const _xmlNode*>(error->node);
    issue.line = error->line;
    issue.message = tidy_libxml_message(error->message ? error->message : "invalid");
    issues->push_back(std::move(issue));
}

} // namespace

Result<XmlSchema> XmlSchema::compile(const std::string& path, int levels_up) {
    initialise_secure_xml();
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
        return Error{"schema not found: " + path};
    std::filesystem::path folder = std::filesystem::path(path).parent_path();
    for (int level = 0; level < levels_up; ++level)
        folder = folder.parent_path();
    const SchemaLoadingScope scope(folder.string());
    CompileErrors errors;
    xmlSchemaParserCtxtPtr parser = xmlSchemaNewParserCtxt(path.c_str());
    if (parser == nullptr)
        return Error{"cannot open schema: " + path};
    xmlSchemaSetParserStructuredErrors(parser, collect_compile_error, &errors);
    xmlSchemaPtr schema = xmlSchemaParse(parser);
    xmlSchemaFreeParserCtxt(parser);
    if (schema == nullptr) {
        std::string message = "cannot compile schema " + path;
        for (const std::string& line : errors.messages)
            message += "\n  " + line;
        return Error{message};
    }
    XmlSchema result;
    result.schema_ = std::shared_ptr<_xmlSchema>(schema, xmlSchemaFree);
    result.path_ = path;
    return result;
}

std::vector<SchemaIssue> XmlSchema::validate(_xmlDoc* document) const {
    Validation validation;
    xmlSchemaValidCtxtPtr context = xmlSchemaNewValidCtxt(schema_.get());
    if (context == nullptr)
        throw std::bad_alloc();
    xmlSchemaSetValidStructuredErrors(context, collect_validity_error, &validation);
    const int outcome = xmlSchemaValidateDoc(context, document);
    xmlSchemaFreeValidCtxt(context);
    // Memory that ran out says nothing of the document: the run stops with "out of memory".
    if (validation.out_of_memory)
        throw std::bad_alloc();
    std::vector<SchemaIssue>& issues = validation.issues;
    if (outcome != 0 && issues.empty())
        issues.push_back({nullptr, 1, "document is not valid against " + path_});
    return issues;
}

} // namespace medloc
