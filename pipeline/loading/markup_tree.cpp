#include "loading/markup_tree.h"

#include "loading/inline_text.h"
#include "text/utf8.h"

#include <charconv>

namespace medloc {

namespace {

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool is_name_end(char c) {
    return is_space(c) || c == '/' || c == '>' || c == '=';
}

// Offset just past `terminator` found at or after `from`, or the end of `source`.
std::size_t skip_past(std::string_view source, std::size_t from, std::string_view terminator) {
    const std::size_t found = source.find(terminator, from);
    return found == std::string_view::npos ? source.size() : found + terminator.size();
}

// Skips a document type declaration, including an internal subset whose declarations
// may contain quoted '>' and ']' characters and comments.
std::size_t skip_doctype(std::string_view source, std::size_t offset) {
    bool in_subset = false;
    while (offset < source.size()) {
        const char c = source[offset];
        if (c == '"' || c == '\'') {
            offset = skip_past(source, offset + 1, std::string_view(&c, 1));
        } else if (source.substr(offset, 4) == "<!--") {
            offset = skip_past(source, offset + 4, "-->");
        } else if (source.substr(offset, 2) == "<?") {
            offset = skip_past(source, offset + 2, "?>");
        } else if (c == '[') {
            in_subset = true;
            ++offset;
        } else if (c == ']') {
            in_subset = false;
            ++offset;
        } else if (c == '>' && !in_subset) {
            return offset + 1;
        } else {
            ++offset;
        }
    }
    return offset;
}

std::string normalise_attribute_value(std::string_view source, std::size_t begin, std::size_t end) {
    std::string value;
    std::size_t offset = begin;
    while (offset < end) {
        const char c = source[offset];
        if (c == '&') {
            const DecodedReference ref = decode_reference(source, offset, end);
            if (ref.length > 0) {
                utf8::append(value, ref.code_point);
                offset += ref.length;
                continue;
            }
        }
        if (c == '\r' && offset + 1 < end && source[offset + 1] == '\n') {
            value.push_back(' ');
            offset += 2;
            continue;
        }
        value.push_back(is_space(c) ? ' ' : c);
        ++offset;
    }
    return value;
}

} // namespace

std::string_view MarkupNode::local_name() const {
    const std::string_view view(name);
    const std::size_t colon = view.find(':');
    return colon == std::string_view::npos ? view : view.substr(colon + 1);
}

const MarkupAttribute* MarkupNode::attribute(std::string_view qualified_name) const {
    for (const MarkupAttribute& attribute : attributes)
        if (attribute.name == qualified_name)
            return &attribute;
    return nullptr;
}

std::string MarkupNode::token(std::string_view qualified_name) const {
    const MarkupAttribute* found = attribute(qualified_name);
    if (found == nullptr)
        return {};
    // The value is already attribute-normalised (tabs and line ends are spaces).
    std::string collapsed;
    for (const char c : found->value) {
        if (c != ' ')
            collapsed += c;
        else if (!collapsed.empty() && collapsed.back() != ' ')
            collapsed += ' ';
    }
    if (!collapsed.empty() && collapsed.back() == ' ')
        collapsed.pop_back();
    return collapsed;
}

DecodedReference decode_reference(std::string_view source, std::size_t offset, std::size_t end) {
    const std::size_t semicolon = source.find(';', offset);
    if (semicolon == std::string_view::npos || semicolon >= end || semicolon - offset > 12)
        return {};
    const std::string_view body = source.substr(offset + 1, semicolon - offset - 1);
    const std::size_t length = semicolon - offset + 1;
    if (body == "lt")
        return {U'<', length};
    if (body == "gt")
        return {U'>', length};
    if (body == "amp")
        return {U'&', length};
    if (body == "apos")
        return {U'\'', length};
    if (body == "quot")
        return {U'"', length};
    if (body.size() >= 2 && body[0] == '#') {
        const bool hex = body[1] == 'x';
        const std::string_view digits = body.substr(hex ? 2 : 1);
        std::uint32_t value = 0;
        const auto [end_ptr, ec] =
            std::from_chars(digits.data(), digits.data() + digits.size(), value, hex ? 16 : 10);
        if (ec == std::errc() && end_ptr == digits.data() + digits.size() && !digits.empty() &&
            value <= 0x10FFFF)
            return {static_cast<char32_t>(value), length};
    }
    return {};
}

MarkupTree scan_markup(std::string_view source) {
    MarkupTree tree;
    std::vector<std::size_t> open;
    std::size_t offset = source.starts_with(utf8::kByteOrderMark) ? utf8::kByteOrderMark.size() : 0;

    const auto add_node = [&](MarkupNode node) {
        node.parent = open.empty() ? MarkupNode::npos : open.back();
        tree.nodes_.push_back(std::move(node));
        const std::size_t index = tree.nodes_.size() - 1;
        if (!open.empty())
            tree.nodes_[open.back()].children.push_back(index);
        return index;
    };

    while (offset < source.size()) {
        if (source[offset] != '<') {
            const std::size_t next = std::min(source.find('<', offset), source.size());
            if (!open.empty()) {
                MarkupNode text;
                text.kind = MarkupNode::Kind::text;
                text.begin = offset;
                text.end = next;
                add_node(std::move(text));
            }
            offset = next;
            continue;
        }
        const std::string_view rest = source.substr(offset);
        if (rest.starts_with("<!--")) {
            offset = skip_past(source, offset + 4, "-->");
        } else if (rest.starts_with("<![CDATA[")) {
            const std::size_t inner = offset + 9;
            const std::size_t close = std::min(source.find("]]>", inner), source.size());
            MarkupNode cdata;
            cdata.kind = MarkupNode::Kind::cdata;
            cdata.begin = inner;
            cdata.end = close;
            if (!open.empty())
                add_node(std::move(cdata));
            offset = std::min(close + 3, source.size());
        } else if (rest.starts_with("<!")) {
            offset = skip_doctype(source, offset + 2);
        } else if (rest.starts_with("<?")) {
            const std::size_t close = std::min(source.find("?>", offset + 2), source.size());
            std::size_t name_end = offset + 2;
            while (name_end < close && !is_space(source[name_end]))
                ++name_end;
            MarkupNode pi;
            pi.kind = MarkupNode::Kind::processing_instruction;
            pi.begin = offset;
            pi.end = std::min(close + 2, source.size());
            pi.name = std::string(source.substr(offset + 2, name_end - offset - 2));
            std::size_t data_begin = name_end;
            while (data_begin < close && is_space(source[data_begin]))
                ++data_begin;
            pi.data = std::string(source.substr(data_begin, close - data_begin));
            offset = pi.end;
            if (pi.name != "xml")
                add_node(std::move(pi));
        } else if (rest.starts_with("</")) {
            const std::size_t close = std::min(source.find('>', offset), source.size());
            if (!open.empty()) {
                tree.nodes_[open.back()].content_end = offset;
                tree.nodes_[open.back()].end = std::min(close + 1, source.size());
                open.pop_back();
            }
            offset = std::min(close + 1, source.size());
        } else {
            MarkupNode element;
            element.kind = MarkupNode::Kind::element;
            element.begin = offset;
            std::size_t cursor = offset + 1;
            while (cursor < source.size() && !is_name_end(source[cursor]))
                ++cursor;
            element.name = std::string(source.substr(offset + 1, cursor - offset - 1));
            bool self_closing = false;
            while (cursor < source.size()) {
                while (cursor < source.size() && is_space(source[cursor]))
                    ++cursor;
                if (cursor >= source.size())
                    break;
                if (source[cursor] == '>') {
                    ++cursor;
                    break;
                }
                if (source[cursor] == '/') {
                    self_closing = true;
                    cursor = std::min(skip_past(source, cursor, ">"), source.size());
                    break;
                }
                MarkupAttribute attribute;
                attribute.name_offset = cursor;
                while (cursor < source.size() && !is_name_end(source[cursor]))
                    ++cursor;
                attribute.name = std::string(
                    source.substr(attribute.name_offset, cursor - attribute.name_offset));
                while (cursor < source.size() &&
                       (is_space(source[cursor]) || source[cursor] == '='))
                    ++cursor;
                if (cursor >= source.size())
                    break;
                const char quote = source[cursor];
                if (quote != '"' && quote != '\'') {
                    ++cursor; // not well-formed; libxml2 has already reported it
                    continue;
                }
                attribute.value_offset = cursor + 1;
                const std::size_t close =
                    std::min(source.find(quote, attribute.value_offset), source.size());
                attribute.value_end = close;
                attribute.value = normalise_attribute_value(source, attribute.value_offset, close);
                element.attributes.push_back(std::move(attribute));
                cursor = std::min(close + 1, source.size());
            }
            element.end = cursor;
            element.content_begin = cursor;
            element.content_end = cursor;
            const bool is_root = open.empty();
            const std::size_t index = add_node(std::move(element));
            tree.elements_.push_back(index);
            if (is_root && tree.root_ == MarkupNode::npos)
                tree.root_ = index;
            if (!self_closing)
                open.push_back(index);
            offset = cursor;
        }
    }
    return tree;
}

std::string element_text(std::string_view source, const MarkupTree& tree, std::size_t node) {
    return collect_inline_text(source, tree, node).text.text();
}

} // namespace medloc
