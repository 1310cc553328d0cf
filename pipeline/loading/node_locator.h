#pragma once

#include "loading/markup_tree.h"

#include <cstddef>
#include <optional>
#include <string_view>
#include <unordered_map>

struct _xmlDoc;
struct _xmlNode;

namespace medloc {

// Finds where a libxml2 node starts in the source: libxml2 elements and MarkupTree
// elements are both in document order, so the i-th element of one is the i-th of the other.
class NodeLocator {
public:
    NodeLocator(_xmlDoc* document, const MarkupTree& tree);

    // Offset of the element's '<', or of the named attribute of that element (libxml2's
    // validity errors name the attribute in the message, not in the node); nullopt for
    // unknown nodes.
    std::optional<std::size_t> source_offset(const _xmlNode* node,
                                             std::string_view attribute = {}) const;

private:
    const MarkupTree& tree_;
    std::unordered_map<const _xmlNode*, std::size_t> ordinals_;
};

} // namespace medloc
