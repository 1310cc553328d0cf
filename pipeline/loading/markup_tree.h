#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace medloc {

struct MarkupAttribute {
    std::string name;             // qualified name as written
    std::string value;            // decoded and normalised as XML 1.0 section 3.3.3 says
    std::size_t name_offset = 0;  // source offset of the name
    std::size_t value_offset = 0; // source offset of the first character inside the quotes
    std::size_t value_end = 0;    // source offset of the closing quote
};

struct MarkupNode {
    enum class Kind { element, text, cdata, processing_instruction };

    Kind kind = Kind::element;
    std::size_t begin = 0; // element: '<' of the start tag; text and cdata: first character
    std::size_t end = 0;   // element: past its end tag; text and cdata: past the last character
    std::size_t content_begin = 0; // element: past its start tag
    std::size_t content_end = 0;   // element: the '<' of its end tag (== content_begin if empty)
    std::string name;              // element: qualified name; processing instruction: target
    std::string data;              // processing instruction: its data
    std::vector<MarkupAttribute> attributes;
    std::vector<std::size_t> children;
    std::size_t parent = npos;

    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

    std::string_view local_name() const;
    const MarkupAttribute* attribute(std::string_view qualified_name) const;
    // The value of a token-typed attribute (ids, language tags, states, numbers) as XML
    // Schema reads it, white space collapsed: xml:lang=" fr-FR " is valid and means fr-FR.
    // Empty when the attribute is absent.
    std::string token(std::string_view qualified_name) const;
};

// The element structure of a document with the source offset of every element, attribute
// and character. libxml2 keeps no columns on nodes; this tree gives every later stage
// exact positions. It reads only documents libxml2 has already found well-formed.
class MarkupTree {
public:
    const std::vector<MarkupNode>& nodes() const { return nodes_; }
    const MarkupNode& node(std::size_t index) const { return nodes_[index]; }
    std::size_t root() const { return root_; }
    bool has_root() const { return root_ != MarkupNode::npos; }

    // Elements in document order; index i is the i-th start tag of the file.
    const std::vector<std::size_t>& elements() const { return elements_; }

    // Processing instructions, comments and text outside the root are not kept, except
    // processing instructions (they may carry instructions for medloc).
    friend MarkupTree scan_markup(std::string_view source);

    // The text of an element and its descendants (CDATA included), references decoded and
    // white space collapsed as in block text (TextRunBuilder).
    std::string element_text(std::string_view source, const MarkupTree& tree, std::size_t node);

private:
    std::vector<MarkupNode> nodes_;
    std::vector<std::size_t> elements_;
    std::size_t root_ = MarkupNode::npos;
};

MarkupTree scan_markup(std::string_view source);

// The text of an element and its descendants (CDATA included), references decoded and
// white space collapsed as in block text (TextRunBuilder).
std::string element_text(std::string_view source, const MarkupTree& tree, std::size_t node);

// Decodes character data (text between tags) in [begin, end): predefined entities,
// character references and CR LF line ends; calls `emit(code_point, utf8, begin, end)`
// once per resulting character. An undeclared entity reference is passed through as
// written, character by character.
template <typename Emit>
void decode_character_data(std::string_view source, std::size_t begin, std::size_t end,
                           Emit&& emit);

// CDATA content: every character as written.
template <typename Emit>
void decode_cdata(std::string_view source, std::size_t begin, std::size_t end, Emit&& emit);

// Visits the content of `node` in document order, without recursion: `on_char(code_point,
// utf8, begin, end)` for each character of text and CDATA, `on_enter(element)` for each
// element (return false to skip what it holds) and `on_leave(element)` after the content
// of an element that was entered.
template <typename OnChar, typename OnEnter, typename OnLeave>
void walk_content(std::string_view source, const MarkupTree& tree, std::size_t node,
                  OnChar&& on_char, OnEnter&& on_enter, OnLeave&& on_leave);

// Decodes only the reference that starts at `offset` ('&'). Returns the code point and
// the length of the reference, or a length of 0 when it is not a known reference.
struct DecodedReference {
    char32_t code_point = 0;
    std::size_t length = 0;
};
DecodedReference decode_reference(std::string_view source, std::size_t offset, std::size_t end);

} // namespace medloc

#include "loading/markup_tree_decode.inl"
