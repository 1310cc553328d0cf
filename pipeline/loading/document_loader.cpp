#include "loading/document_loader.h"

#include "loading/encoding_check.h"
#include "loading/node_locator.h"
#include "text/text_run.h"
#include "text/utf8.h"

#include <algorithm>
#include <cctype>

namespace medloc {

namespace {

// libxml2 writes "Element 'p', attribute 'id': ..." for attribute errors.
std::string_view attribute_named_in(std::string_view message) {
    constexpr std::string_view marker = ", attribute '";
    const std::size_t at = message.find(marker);
    if (at == std::string_view::npos)
        return {};
    const std::size_t begin = at + marker.size();
    const std::size_t end = message.find('\'', begin);
    return end == std::string_view::npos ? std::string_view() : message.substr(begin, end - begin);
}

bool only_white_space(std::string_view content) {
    if (content.starts_with(utf8::kByteOrderMark))
        content.remove_prefix(utf8::kByteOrderMark.size());
    return std::all_of(content.begin(), content.end(),
                       [](char c) { return is_xml_space(static_cast<unsigned char>(c)); });
}

} // namespace

// The stages after reading and decoding: parse securely, check the DOCTYPE, scan for
// positions, validate.
static LoadedDocument parse_and_scan(LoadedDocument loaded, const DocumentRules& rules,
                                     const std::string& path);

namespace {

// Everything after reading: encoding, parsing, validation and positions.
LoadedDocument load_source(LoadedDocument loaded, const DocumentRules& rules,
                           const std::string& path) {
    auto& issues = loaded.issues;
    const SourceFile& source = *loaded.source;
    const std::string& content = source.content;

    if (only_white_space(content)) {
        issues.push_back({LoadIssueKind::not_well_formed, {1, 1}, "file is empty: no XML element"});
        return loaded;
    }
    if (rules.accept_declared_encodings) {
        const auto encoding = declared_encoding(content);
        std::string lower = encoding.value_or("utf-8");
        for (char& c : lower)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (lower != "utf-8" && lower != "utf8") {
            ConvertedText converted = convert_to_utf8(content, *encoding);
            if (!converted.error.empty()) {
                issues.push_back({LoadIssueKind::encoding,
                                  {1, 1},
                                  "file declares " + *encoding + ": " + converted.error});
                return loaded;
            }
            // Positions count characters: the converted text keeps every line and column.
            loaded.source = make_source_file(path, std::move(converted.text));
            return parse_and_scan(std::move(loaded), rules, path);
        }
    }
    if (auto problem = find_encoding_problem(content)) {
        issues.push_back(
            {LoadIssueKind::encoding, source.position(problem->offset), problem->message});
        return loaded;
    }
    return parse_and_scan(std::move(loaded), rules, path);
}

} // namespace

LoadedDocument load_xml_document(const std::string& path, const DocumentRules& rules) {
    LoadedDocument loaded;
    auto read = read_source_file(path, rules.limits);
    if (!read) {
        loaded.issues.push_back({LoadIssueKind::unreadable, {}, read.error().message});
        return loaded;
    }
    loaded.source = std::move(read).value();
    return load_source(std::move(loaded), rules, path);
}

LoadedDocument load_xml_text(const std::string& name, std::string content,
                             const DocumentRules& rules) {
    LoadedDocument loaded;
    loaded.source = make_source_file(name, std::move(content));
    return load_source(std::move(loaded), rules, name);
}

// libxml2 starts a line at '\n' only (a lone '\r' does not) and counts columns in
// characters: the same place in medloc's convention, kept inside the file.
static SourcePosition from_libxml(const SourceFile& source, int line, int column) {
    const std::string& content = source.content;
    std::size_t offset =
        content.starts_with(utf8::kByteOrderMark) ? utf8::kByteOrderMark.size() : 0;
    for (int current = 1; current < line; ++current) {
        const std::size_t newline = content.find('\n', offset);
        if (newline == std::string::npos)
            return source.position(content.size());
        offset = newline + 1;
    }
    for (int step = 1; step < column && offset < content.size() && content[offset] != '\n'; ++step)
        offset += utf8::decode(content, offset).length;
    return source.position(offset);
}

static LoadedDocument parse_and_scan(LoadedDocument loaded, const DocumentRules& rules,
                                     const std::string& path) {
    auto& issues = loaded.issues;
    const SourceFile& source = *loaded.source;
    const std::string& content = source.content;

    XmlParseResult parsed = parse_untrusted_xml(content, path);
    if (!parsed.document) {
        for (const XmlIssue& issue : parsed.issues)
            issues.push_back({LoadIssueKind::not_well_formed,
                              issue.offset
                                  ? source.position(*issue.offset)
                                  : from_libxml(source, issue.position.line, issue.position.column),
                              issue.message});
        return loaded;
    }
    if (parsed.has_doctype && !rules.allow_doctype) {
        const std::size_t at = content.find("<!DOCTYPE");
        issues.push_back({LoadIssueKind::doctype, source.position(at == std::string::npos ? 0 : at),
                          rules.document_kind + " must not declare a DOCTYPE: DTDs and entities "
                                                "are never processed"});
        return loaded;
    }

    loaded.tree = scan_markup(content);
    loaded.document = std::move(parsed.document);
    if (rules.schema != nullptr)
        validate_document(loaded, *rules.schema);
    return loaded;
}

void validate_document(LoadedDocument& loaded, const XmlSchema& schema) {
    if (!loaded.document || !loaded.tree)
        return;
    const std::vector<SchemaIssue> invalid = schema.validate(loaded.document.get());
    if (invalid.empty())
        return;
    const NodeLocator locator(loaded.document.get(), *loaded.tree);
    for (const SchemaIssue& issue : invalid) {
        SourcePosition position = from_libxml(*loaded.source, issue.line > 0 ? issue.line : 1, 1);
        if (const auto offset =
                locator.source_offset(issue.node, attribute_named_in(issue.message)))
            position = loaded.source->position(*offset);
        loaded.issues.push_back({LoadIssueKind::invalid, position, issue.message});
    }
}

} // namespace medloc
