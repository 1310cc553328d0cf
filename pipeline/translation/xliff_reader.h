#pragma once

#include "loading/document_loader.h"
#include "translation/xliff_document.h"

#include <optional>
#include <string>
#include <vector>

namespace medloc {

struct [[nodiscard]] XliffLoad {
    std::optional<XliffDocument> document; // absent when the file cannot be used at all
    std::vector<LoadIssue> issues;         // with positions; the document may still be usable
};

// Reads XLIFF 2.0, 2.1 and 2.2 (file/group/unit/segment/ignorable, states, subState,
// notes, medloc's metadata) and XLIFF 1.2 (file/body/group/trans-unit, state,
// approved). What the XLIFF specifications require and a schema would not say
// (srcLang, unit ids unique in a file, a trgLang for targets, known states, subState
// only with state) is checked here and reported as issues. Never throws.
//
// With `schemas`, XLIFF 2 files are also validated against the OASIS core schema and its
// modules, and checked for the core processing requirements an XSD cannot express
// (xliff2_constraints.h): what makes a file invalid XLIFF is reported, not only what
// medloc needs.
struct XliffSchemas {
    const XmlSchema* version_2_0 = nullptr; // XLIFF 2.0 and 2.1 (namespace …:document:2.0)
    const XmlSchema* version_2_2 = nullptr; // XLIFF 2.2 (namespace …:document:2.2)
};
XliffLoad load_xliff(const std::string& path, const ReadLimits& limits,
                     const XliffSchemas& schemas = {});
// The same for XLIFF already in memory (an entry of an archive, standard input, a file being
// fixed); `name` stands for its path in positions and messages.
XliffLoad load_xliff_text(const std::string& name, std::string content, const ReadLimits& limits,
                          const XliffSchemas& schemas = {});

inline constexpr std::string_view kXliff2Namespace = "urn:oasis:names:tc:xliff:document:2.0";
inline constexpr std::string_view kXliff22Namespace = "urn:oasis:names:tc:xliff:document:2.2";
inline constexpr std::string_view kXliff12Namespace = "urn:oasis:names:tc:xliff:document:1.2";
inline constexpr std::string_view kMetadataNamespace = "urn:oasis:names:tc:xliff:metadata:2.0";

} // namespace medloc
