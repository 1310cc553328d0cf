#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

namespace medloc {

// Writes a JSON document as nlohmann's dump(2) would, with one array written an item at a
// time where the string value `placeholder` stands in the document's skeleton: the same
// bytes as a dump of the whole tree, without ever holding the items already written. A
// report of a million findings is then neither a tree nor a string in memory (and never a
// tree whose destruction, through a stack nlohmann allocates in a noexcept destructor, can
// end the process when memory runs out).
class StreamedJsonArray {
public:
    explicit StreamedJsonArray(std::string placeholder) : placeholder_(std::move(placeholder)) {}

    // Writes `head` up to the placeholder, and keeps what follows it for `end`.
    void begin(std::ostream& out, const nlohmann::ordered_json& head);
    void add(std::ostream& out, const nlohmann::ordered_json& item);
    // The same for an item written as text: open_item appends what goes before it, and the
    // caller appends the item's dump(2) with every line after its first indented by
    // item_indent() more spaces (as append_finding_json does).
    void open_item(std::string& out);
    std::size_t item_indent() const { return indent_ + 2; }
    // Closes the array and writes what followed the placeholder in the head.
    void end(std::ostream& out);
    // The same with what follows it in `whole`, whose part before it is the head's: members
    // after the array known only at the end (a summary).
    void end(std::ostream& out, const nlohmann::ordered_json& whole);

private:
    // Where the placeholder is in `text`, the dump of a skeleton.
    std::size_t marker_at(std::string_view text) const;

    void close(std::ostream& out);

    std::string placeholder_;
    std::string tail_;
    std::size_t indent_ = 0;
    std::size_t count_ = 0;
};

} // namespace medloc
