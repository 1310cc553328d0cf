#include "loading/inline_text.h"

#include "text/utf8.h"

#include <algorithm>
#include <charconv>

namespace medloc {

namespace {

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
    std::vector<std::size_t> open_spans;
    walk_content(
        source, tree, node,
        [&](char32_t c, std::string_view bytes, std::size_t b, std::size_t e) {
            builder.add(c, bytes, b, e);
        },
        [&](const MarkupNode& element) {
            if (element.local_name() == "cp") {
                add_code_point_element(element, builder);
                return false;
            }
            InlineSpan span;
            span.element = std::string(element.local_name());
            span.begin = builder.next_text_offset();
            span.end = span.begin;
            span.source_offset = element.begin;
            // Every inline attribute medloc reads is token-typed (language, dose value and
            // unit, code ids, href): kept as the schemas read them.
            for (const MarkupAttribute& attribute : element.attributes)
                span.attributes.emplace_back(attribute.name, element.token(attribute.name));
            const bool is_opaque =
                std::find(opaque.begin(), opaque.end(), span.element) != opaque.end();
            result.spans.push_back(std::move(span));
            if (is_opaque)
                return false;
            open_spans.push_back(result.spans.size() - 1);
            return true;
        },
        [&](const MarkupNode&) {
            result.spans[open_spans.back()].end = builder.text_size();
            open_spans.pop_back();
        });
    result.text = builder.finish();
    for (InlineSpan& span : result.spans) {
        span.begin = std::min(span.begin, result.text.text().size());
        span.end = std::min(std::max(span.end, span.begin), result.text.text().size());
    }
    return result;
}

} // namespace medloc
