#include "translation/block_source.h"

#include "core/sha256.h"
#include "text/text_run.h"

namespace medloc {

namespace {

std::string_view pc_type(std::string_view element) {
    if (element == "em" || element == "strong")
        return "fmt";
    if (element == "link")
        return "link";
    return "other";
}

// Appends text with the white-space rules of block text.
class SpacedText {
public:
    explicit SpacedText(std::string& out) : out_(out) {}

    void add(char32_t c, std::string_view bytes) {
        if (is_xml_space(c)) {
            pending_ += std::string(bytes);
            has_break_ = has_break_ || c == U'\n' || c == U'\r';
            return;
        }
        flush();
        started_ = true;
        out_ += escape_xml_text(bytes);
    }

    // Before a code: pending space belongs to the text (it is not trailing).
    void flush() {
        if (started_ && !pending_.empty())
            out_ += has_break_ ? std::string(" ") : escape_xml_text(pending_);
        pending_.clear();
        has_break_ = false;
    }

    void mark_started() { started_ = true; }

private:
    std::string& out_;
    std::string pending_;
    bool has_break_ = false;
    bool started_ = false;
};

} // namespace

std::string escape_xml_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

BlockSource make_block_source(std::string_view source, const MarkupTree& tree, std::size_t node) {
    BlockSource result;
    SpacedText text(result.xliff_content);
    int next_code = 0;
    struct Frame {
        const MarkupNode* node;
        std::size_t next_child;
    };
    std::vector<Frame> stack = {{&tree.node(node), 0}};
    const auto add = [&](char32_t c, std::string_view bytes, std::size_t, std::size_t) {
        text.add(c, bytes);
    };
    while (!stack.empty()) {
        Frame& frame = stack.back();
        if (frame.next_child >= frame.node->children.size()) {
            if (stack.size() > 1) {
                text.flush();
                result.xliff_content += "</pc>";
            }
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
            text.flush();
            text.mark_started();
            const std::string id = std::to_string(++next_code);
            const std::string start = "d" + id;
            const std::string end = "d" + id + "e";
            result.original_data.emplace_back(
                start, std::string(source.substr(child.begin, child.content_begin - child.begin)));
            result.original_data.emplace_back(
                end, std::string(source.substr(child.content_end, child.end - child.content_end)));
            result.xliff_content += "<pc id=\"" + id + "\" dataRefStart=\"" + start +
                                    "\" dataRefEnd=\"" + end + "\" type=\"" +
                                    std::string(pc_type(child.local_name())) + "\">";
            stack.push_back({&child, 0});
            break;
        }
        case MarkupNode::Kind::processing_instruction:
            break;
        }
    }
    std::string hashed = result.xliff_content;
    for (const auto& [id, tag] : result.original_data)
        hashed += "\n" + id + "=" + tag;
    result.hash = "sha256:" + sha256_hex(hashed);
    return result;
}

} // namespace medloc
