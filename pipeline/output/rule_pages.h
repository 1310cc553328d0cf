#pragma once

#include <optional>
#include <string_view>

namespace medloc {

// The Markdown page of a rule (docs/rules/<id>.md) as it was when medloc was built, or
// nullopt for an id without one. Embedded at build time (cmake/embed_rule_pages.cmake).
std::optional<std::string_view> rule_page(std::string_view rule_id);

} // namespace medloc
