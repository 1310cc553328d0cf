#pragma once

#include "loading/document_loader.h"
#include "terminology/termbase.h"

#include <optional>
#include <string>
#include <vector>

namespace medloc {

struct [[nodiscard]] TermbaseLoad {
    std::optional<Termbase> termbase; // absent when the file cannot be used at all
    std::vector<LoadIssue> issues;    // with positions; the termbase may still be usable
};

// Reads TBX-Basic in the 2019 form (tbx/conceptEntry/langSec/termSec, namespace
// urn:iso:std:iso:30042:ed-2, validated against `schema_2019` when given) and the 2008
// form (martif/termEntry/langSet/tig). Structural problems the schema cannot see (an entry
// without terms, an unknown administrative status) are issues too. Never throws.
TermbaseLoad load_termbase(const std::string& path, const XmlSchema* schema_2019,
                           const ReadLimits& limits);

} // namespace medloc
