#pragma once

#include <string_view>

namespace medloc {

// Whether `tag` is a well-formed BCP 47 language tag (RFC 5646 section 2.1: language,
// extlang, script, region, variants, extensions, private use, and the grandfathered
// tags). Well-formed, not valid: subtags are not looked up in the IANA registry.
bool is_well_formed_language_tag(std::string_view tag);

} // namespace medloc
