#pragma once

#include "core/finding.h"
#include "core/result.h"

#include <cstddef>
#include <string>

#include <nlohmann/json.hpp>

namespace medloc {

// A finding as one object of medloc's JSON report (docs/formats/json.md): empty texts and
// unknown positions are null. The result cache stores findings in the same form.
nlohmann::ordered_json finding_to_json(const Finding& finding);

// The same object as JSON text appended to `out`: the bytes of
// finding_to_json(finding).dump(2, ' ', false, replace), each line after the first indented
// by `indent` more spaces (the object's place in an enclosing array), without building the
// tree. Reports write one per finding.
void append_finding_json(std::string& out, const Finding& finding, std::size_t indent);

// The reverse; an object that lacks a field or holds one of the wrong type is an error
// that says which.
Result<Finding> finding_from_json(const nlohmann::ordered_json& item);

} // namespace medloc
