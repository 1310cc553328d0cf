#pragma once

#include "text/utf8.h"

#include <string>
#include <vector>

namespace medloc {

template <typename Emit>
void decode_character_data(std::string_view source, std::size_t begin, std::size_t end,
                           Emit&& emit) {
    std::string bytes;
    std::size_t offset = begin;
    while (offset < end) {
        const char c = source[offset];
        if (c == '&') {
            const DecodedReference ref = decode_reference(source, offset, end);
            if (ref.length > 0) {
                bytes.clear();
                utf8::append(bytes, ref.code_point);
                emit(ref.code_point, std::string_view(bytes), offset, offset + ref.length);
                offset += ref.length;
                continue;
            }
        }
        if (c == '\r') {
            // XML turns CR LF and a lone CR into one LF, attributed to the CR.
            const std::size_t next =
                (offset + 1 < end && source[offset + 1] == '\n') ? offset + 2 : offset + 1;
            emit(U'\n', std::string_view("\n"), offset, next);
            offset = next;
            continue;
        }
        const utf8::Decoded decoded = utf8::decode(source, offset);
        if (decoded.code_point == utf8::kInvalid) {
            emit(U'\uFFFD', std::string_view("\xEF\xBF\xBD"), offset, offset + 1);
            ++offset;
            continue;
        }
        emit(decoded.code_point, source.substr(offset, decoded.length), offset,
             offset + decoded.length);
        offset += decoded.length;
    }
}

template <typename Emit>
void decode_cdata(std::string_view source, std::size_t begin, std::size_t end, Emit&& emit) {
    for (std::size_t offset = begin; offset < end;) {
        const utf8::Decoded decoded = utf8::decode(source, offset);
        const std::size_t length = decoded.code_point == utf8::kInvalid ? 1 : decoded.length;
        emit(decoded.code_point, source.substr(offset, length), offset, offset + length);
        offset += length;
    }
}

template <typename OnChar, typename OnEnter, typename OnLeave>
void walk_content(std::string_view source, const MarkupTree& tree, std::size_t node,
                  OnChar&& on_char, OnEnter&& on_enter, OnLeave&& on_leave) {
    struct Frame {
        const MarkupNode* node;
        std::size_t next_child;
    };
    std::vector<Frame> stack = {{&tree.node(node), 0}};
    while (!stack.empty()) {
        Frame& frame = stack.back();
        if (frame.next_child >= frame.node->children.size()) {
            const MarkupNode* finished = frame.node;
            stack.pop_back();
            if (!stack.empty())
                on_leave(*finished);
            continue;
        }
        const MarkupNode& child = tree.node(frame.node->children[frame.next_child++]);
        switch (child.kind) {
        case MarkupNode::Kind::text:
            decode_character_data(source, child.begin, child.end, on_char);
            break;
        case MarkupNode::Kind::cdata:
            decode_cdata(source, child.begin, child.end, on_char);
            break;
        case MarkupNode::Kind::element:
            if (on_enter(child))
                stack.push_back({&child, 0});
            break;
        case MarkupNode::Kind::processing_instruction:
            break;
        }
    }
}

} // namespace medloc
