#pragma once

#include "core/finding.h"
#include "core/result.h"

#include <nlohmann/json.hpp>

namespace medloc {

// A finding as one object of medloc's JSON report (docs/formats/json.md): empty texts and
// unknown positions are null. The result cache stores findings in the same form.
nlohmann::ordered_json finding_to_json(const Finding& finding);

// The reverse; an object that lacks a field or holds one of the wrong type is an error
// that says which.
Result<Finding> finding_from_json(const nlohmann::ordered_json& item);

} // namespace medloc
