#pragma once

#include "core/result.h"

#include <cstddef>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace medloc {

// Bounds on JSON that medloc did not write in this run (shard reports, baselines, result-cache
// rows, bundle manifests and files). nlohmann's values are trees that copy and compare by
// recursion: a document nested a hundred thousand levels deep overflows the stack in the
// first copy. medloc's own JSON nests a few levels (bundle content trees, the deepest, a few
// dozen).
struct JsonLimits {
    std::size_t max_bytes = 256u << 20;
    int max_depth = 256;
};

// The deepest nesting of arrays and objects in `text`, counted up to `stop` (a linear scan
// that knows strings and escapes; for text that is not JSON, some number).
int json_nesting_depth(std::string_view text, int stop);

// Parses `text` as one JSON value within `limits`; an Error says what is wrong (not JSON,
// nested too deeply, too large). Never throws. The depth is measured before parsing: a
// parser callback that drops deep values would still grow the parser's own stacks with
// every level (a quarter gigabyte of '[' is gigabytes of them). Json is nlohmann::json or
// nlohmann::ordered_json.
template <class Json>
Result<Json> parse_untrusted_json(std::string_view text, const JsonLimits& limits = {}) {
    if (text.size() > limits.max_bytes)
        return Error{"larger than " + std::to_string(limits.max_bytes) + " bytes"};
    if (json_nesting_depth(text, limits.max_depth + 1) > limits.max_depth)
        return Error{"nested deeper than " + std::to_string(limits.max_depth) + " levels"};
    Json value = Json::parse(text.begin(), text.end(), nullptr, false);
    if (value.is_discarded())
        return Error{"not JSON"};
    return value;
}

} // namespace medloc
