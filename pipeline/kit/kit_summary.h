#pragma once

#include "kit/kit_create.h"
#include "kit/kit_import.h"

#include <string>

namespace medloc {

// What `medloc kit` prints of a kit it wrote or took back.

// The kit's id, where it went, its files, units and context units, then per target locale
// the units and the words to quote (new, stale, repeated, and to review when the scope sends
// current units).
[[nodiscard]] std::string kit_created_summary(const KitManifest& manifest, const std::string& out,
                                              const KitScope& scope);

// One line per unit with its outcome (the reason when not imported, where it came back when
// rejected) and the warnings of its check indented below, then the totals per outcome and
// the number of files written.
[[nodiscard]] std::string kit_import_summary(const KitImportResult& result);

} // namespace medloc
