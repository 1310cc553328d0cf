#include "loading/node_locator.h"

#include <string_view>

#include <libxml/tree.h>

namespace medloc {

NodeLocator::NodeLocator(_xmlDoc* document, const MarkupTree& tree) : tree_(tree) {
    // Iterative pre-order walk; entity reference nodes are not entered because their
    // children belong to the entity declaration, not to the document text.
    std::size_t ordinal = 0;
    xmlNodePtr node = document ? xmlDocGetRootElement(document) : nullptr;
    while (node != nullptr) {
        if (node->type == XML_ELEMENT_NODE) {
            ordinals_.emplace(node, ordinal++);
            if (node->children != nullptr) {
                node = node->children;
                continue;
            }
        }
        while (node != nullptr && node->next == nullptr) {
            node = node->parent;
            if (node == nullptr || node->type == XML_DOCUMENT_NODE)
                return;
        }
        if (node != nullptr)
            node = node->next;
    }
}

std::optional<std::size_t> NodeLocator::source_offset(const _xmlNode* node,
                                                      std::string_view attribute) const {
    if (node == nullptr)
        return std::nullopt;
    const _xmlNode* element = node->type == XML_ATTRIBUTE_NODE ? node->parent : node;
    auto it = ordinals_.find(element);
    if (it == ordinals_.end() || it->second >= tree_.elements().size())
        return std::nullopt;
    const MarkupNode& markup = tree_.node(tree_.elements()[it->second]);
    std::string_view wanted = attribute;
    if (node->type == XML_ATTRIBUTE_NODE && node->name != nullptr)
        wanted = reinterpret_cast<const char*>(node->name);
    if (!wanted.empty()) {
        for (const MarkupAttribute& candidate : markup.attributes) {
            std::string_view local(candidate.name);
            if (const auto colon = local.find(':'); colon != std::string_view::npos)
                local = local.substr(colon + 1);
            if (local == wanted)
                return candidate.name_offset;
        }
    }
    return markup.begin;
}

} // namespace medloc
