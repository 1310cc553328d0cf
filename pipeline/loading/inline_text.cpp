#include "loading/inline_text.h"

#include "text/utf8.h"

#include <algorithm>
#include <charconv>

namespace medloc {

namespace {

constexpr std::size_t kNoSpan = static_cast<std::size_t>(-1);

// XLIFF 2 <cp hex="00A0"/>: a character XML cannot carry (or that a tool escaped).
void add_code_point_element(const MarkupNode& element, TextRunBuilder& builder) {
    const MarkupAttribute* hex = element.attribute("hex");
    if (hex == nullptr)
        return;
    std::uint32_t value = 0;
    const std::string& digits = hex->value;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value, 16);
    if (ec != std::errc() || end != digits.data() + digits.size() || value > 0x10FFFF)
        return;
    std::string bytes;
    utf8::append(bytes, static_cast<char32_t>(value));
    builder.add(static_cast<char32_t>(value), bytes, element.begin, element.end);
}

} // namespace

const std::string* InlineSpan::attribute(std::string_view name) const {
    for (const auto& [key, value] : attributes)
        if (key == name)
            return &value;
    return nullptr;
}

InlineText collect_inline_text(std::string_view source, const MarkupTree& tree, std::size_t node,
                               const std::vector<std::string_view>& opaque) {
    InlineText result;
    TextRunBuilder builder;
    const auto add = [&](char32_t c, std::string_view bytes, std::size_t b, std::size_t e) {
        builder.add(c, bytes, b, e);
    };
    struct Frame {
        const MarkupNode* node;
        std::size_t next_child;
        std::size_t span_index;
    };
    std::vector<Frame> stack = {{&tree.node(node), 0, kNoSpan}};
    while (!stack.empty()) {
        Frame& frame = stack.back();
        if (frame.next_child >= frame.node->children.size()) {
            if (frame.span_index != kNoSpan)
                result.spans[frame.span_index].end = builder.text_size();
            stack.pop_back();
            continue;
        }
        const MarkupNode& child = tree.node(frame.node->children[frame.next_child++]);
        switch (child.kind) {
        case MarkupNode::Kind::text:
            decode_character_data(source, child.begin, child.end, add);
            break;
        case MarkupNode::Kind::cdata:
            decode_cdata(source, child.begin, child.end, add);
            break;
        case MarkupNode::Kind::element: {
            if (child.local_name() == "cp") {
                add_code_point_element(child, builder);
                break;
            }
            InlineSpan span;
            span.element = std::string(child.local_name());
            span.begin = builder.next_text_offset();
            span.source_offset = child.begin;
            for (const MarkupAttribute& attribute : child.attributes)
                span.attributes.emplace_back(attribute.name, attribute.value);
            const bool is_opaque =
                std::find(opaque.begin(), opaque.end(), span.element) != opaque.end();
            result.spans.push_back(std::move(span));
            if (is_opaque)
                result.spans.back().end = result.spans.back().begin;
            else
                stack.push_back({&child, 0, result.spans.size() - 1});
            break;
        }
        case MarkupNode::Kind::processing_instruction:
            break;
        }
    }
    result.text = builder.finish();
    for (InlineSpan& span : result.spans) {
        span.begin = std::min(span.begin, result.text.text().size());
        span.end = std::min(std::max(span.end, span.begin), result.text.text().size());
    }
    return result;
}

} // namespace medloc
