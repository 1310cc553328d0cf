#include "translation/block_source.h"

#include "core/markup_escape.h"
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

std::string start_data_id(std::string_view code_id) {
    return "d" + std::string(code_id);
}

std::string end_data_id(std::string_view code_id) {
    return "d" + std::string(code_id) + "e";
}

std::string escape_xml_text(std::string_view text) {
    return escape_markup(text, "&<>");
}

BlockSource make_block_source(std::string_view source, const MarkupTree& tree, std::size_t node) {
    BlockSource result;
    // Text goes to the XLIFF 2 form; the 1.2 form is the same text with other code tags,
    // so it is built from the 2 form's pieces as they are appended.
    SpacedText text(result.xliff_content);
    std::size_t copied = 0;
    const auto copy_text = [&] {
        result.xliff12_content += result.xliff_content.substr(copied);
        copied = result.xliff_content.size();
    };
    int next_code = 0;
    walk_content(
        source, tree, node,
        [&](char32_t c, std::string_view bytes, std::size_t, std::size_t) { text.add(c, bytes); },
        [&](const MarkupNode& element) {
            text.flush();
            text.mark_started();
            const std::string id = std::to_string(++next_code);
            const std::string start = start_data_id(id);
            const std::string end = end_data_id(id);
            result.original_data.emplace_back(
                start,
                std::string(source.substr(element.begin, element.content_begin - element.begin)));
            result.original_data.emplace_back(
                end,
                std::string(source.substr(element.content_end, element.end - element.content_end)));
            copy_text();
            result.xliff_content += "<pc id=\"" + id + "\" dataRefStart=\"" + start +
                                    "\" dataRefEnd=\"" + end + "\" type=\"" +
                                    std::string(pc_type(element.local_name())) + "\">";
            result.xliff12_content += "<g id=\"" + id + "\">";
            copied = result.xliff_content.size();
            return true;
        },
        [&](const MarkupNode&) {
            text.flush();
            copy_text();
            result.xliff_content += "</pc>";
            result.xliff12_content += "</g>";
            copied = result.xliff_content.size();
        });
    copy_text();
    std::string hashed = result.xliff_content;
    for (const auto& [id, tag] : result.original_data)
        hashed += "\n" + id + "=" + tag;
    result.hash = "sha256:" + sha256_hex(hashed);
    return result;
}

} // namespace medloc
