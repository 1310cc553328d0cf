#pragma once

#include <cstddef>
#include <functional>
#include <ostream>
#include <string_view>

#include <nlohmann/json.hpp>

namespace medloc {

// Writes `skeleton` as nlohmann's dump(2) would, with the string value `placeholder` (found
// once in it) replaced by an array of `count` items made one at a time by `item`: the same
// bytes as a dump of the whole tree, without ever holding the tree of every finding. A
// report of a million findings is then one string that grows, never a tree whose
// destruction (nlohmann frees trees through a stack it allocates, in a noexcept destructor)
// can end the process when memory runs out.
void write_with_streamed_array(std::ostream& out, const nlohmann::ordered_json& skeleton,
                               std::string_view placeholder, std::size_t count,
                               const std::function<nlohmann::ordered_json(std::size_t)>& item);

} // namespace medloc
