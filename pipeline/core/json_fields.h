#pragma once

#include <string>

namespace medloc {

// Fields of JSON that medloc did not write itself (baselines, bundles, reports, caches):
// nlohmann's value() and get() throw when a field holds another type than asked, so these
// answer "absent" instead. Json is nlohmann::json or nlohmann::ordered_json.

template <class Json>
bool has_text_field(const Json& object, const char* key) {
    if (!object.is_object())
        return false;
    const auto it = object.find(key);
    return it != object.end() && it->is_string();
}

// The string at `key`, or an empty string when the object lacks it or it is not a string.
template <class Json>
std::string text_field(const Json& object, const char* key) {
    return has_text_field(object, key) ? object.find(key)->template get<std::string>()
                                       : std::string();
}

} // namespace medloc
