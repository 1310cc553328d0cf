#pragma once

#include "core/result.h"

#include <memory>
#include <string>
#include <vector>

struct _xmlDoc;
struct _xmlNode;
struct _xmlSchema;

namespace medloc {

// A validity error: libxml2 knows the node (and its line) but not the column; the
// caller maps the node to its exact position.
struct SchemaIssue {
    const _xmlNode* node = nullptr; // element, or attribute node, that is invalid
    int line = 0;
    std::string message;
};

// A compiled XSD, compiled once per run and shared read-only by every thread.
class XmlSchema {
public:
    // Imports and includes are read only from the schema's folder, or from the folder
    // `levels_up` above it (schemas/xliff-2.0/… imports schemas/xml.xsd); nothing else.
    static Result<XmlSchema> compile(const std::string& path, int levels_up = 0);

    std::vector<SchemaIssue> validate(_xmlDoc* document) const;

    const std::string& path() const { return path_; }

private:
    std::shared_ptr<_xmlSchema> schema_;
    std::string path_;
};

} // namespace medloc
