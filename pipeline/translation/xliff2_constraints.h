#pragma once

#include "loading/document_loader.h"

#include <string_view>
#include <vector>

namespace medloc {

// The processing requirements of XLIFF 2.0–2.2 core that its XSD cannot express, checked
// on a well-formed document whose root is <xliff> in `core_namespace`: identifiers unique
// in their scope; <sc>/<ec> and <sm>/<em> pairing and `isolated`; the can* attributes of a
// pair; canReorder sequences kept in the target; codes that cannot be deleted kept;
// dataRef, copyOf, subFlows and fragment identifiers that resolve; comment annotations;
// type and subType; <cp> only for characters XML forbids; BCP 47 tags; source and target
// languages and xml:space; target order; skeletons. Each problem is appended to `issues`
// as `invalid`, at the element or attribute at fault.
void check_xliff2_constraints(const SourceFile& source, const MarkupTree& tree,
                              std::string_view core_namespace, std::vector<LoadIssue>& issues);

} // namespace medloc
