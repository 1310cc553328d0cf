#include "kit/inline_content.h"

#include "core/markup_escape.h"
#include "core/sha256.h"
#include "loading/document_loader.h"
#include "text/text_run.h"
#include "text/utf8.h"

#include <charconv>
#include <vector>

namespace medloc {

namespace {

std::string attribute(const MarkupNode& node, std::string_view name) {
    const MarkupAttribute* found = node.attribute(name);
    return found ? found->value : std::string();
}

std::string escape_text(std::string_view text) {
    return escape_markup(text, "&<>");
}

std::string escape_value(std::string_view text) {
    return escape_markup(text, "&<>\"");
}

bool is_standalone_code(std::string_view name) {
    return name == "ph" || name == "x" || name == "bx" || name == "ex" || name == "bpt" ||
           name == "ept" || name == "it" || name == "sub";
}

// Builds the markup of one unit side, piece by piece, with the white-space rules above.
class MarkupBuilder {
public:
    MarkupBuilder(const CodeMap* codes, RenderedContent& out) : codes_(codes), out_(out) {}

    void character(char32_t c, std::string_view bytes) {
        if (is_xml_space(c)) {
            pending_ += bytes;
            has_break_ = has_break_ || c == U'\n' || c == U'\r';
            return;
        }
        flush(false);
        out_.markup += escape_text(bytes);
        out_.text += bytes;
        last_ = Last::text;
    }

    void open_code(const std::string& id) {
        flush(false);
        out_.markup += "<pc id=\"" + escape_value(id) + "\"";
        if (codes_ != nullptr)
            if (auto found = codes_->find(id); found != codes_->end())
                out_.markup += " dataRefStart=\"" + escape_value(found->second.data_start) +
                               "\" dataRefEnd=\"" + escape_value(found->second.data_end) +
                               "\" type=\"" + escape_value(found->second.type) + "\"";
        out_.markup += ">";
        last_ = Last::open;
    }

    void close_code() {
        flush(true);
        out_.markup += "</pc>";
        last_ = Last::close;
    }

    void standalone(const std::string& id) {
        flush(false);
        out_.markup += "<ph id=\"" + escape_value(id) + "\"/>";
        last_ = Last::close;
    }

    void finish() {
        pending_.clear(); // trailing white space
        has_break_ = false;
    }

private:
    enum class Last { nothing, text, open, close };

    // Pending white space before text or a code; `inner_end` when a code closes after it.
    void flush(bool inner_end) {
        if (pending_.empty())
            return;
        const bool drop =
            last_ == Last::nothing || (has_break_ && (last_ == Last::open || inner_end));
        if (!drop)
            out_.markup += has_break_ ? std::string(" ") : escape_text(pending_);
        pending_.clear();
        has_break_ = false;
    }

    const CodeMap* codes_;
    RenderedContent& out_;
    std::string pending_;
    bool has_break_ = false;
    Last last_ = Last::nothing;
};

} // namespace

CodeMap code_map(std::string_view xliff_content) {
    CodeMap codes;
    LoadedDocument loaded =
        load_xml_text("source", "<source>" + std::string(xliff_content) + "</source>", {});
    if (!loaded.ok())
        return codes;
    for (std::size_t index : loaded.tree->elements()) {
        const MarkupNode& node = loaded.tree->node(index);
        if (node.local_name() == "pc")
            codes[node.token("id")] = {attribute(node, "dataRefStart"),
                                       attribute(node, "dataRefEnd"), attribute(node, "type")};
    }
    return codes;
}

RenderedContent render_unit_content(const XliffDocument& document, const XliffUnit& unit,
                                    bool targets, const CodeMap* codes) {
    RenderedContent out;
    MarkupBuilder builder(codes, out);
    const std::string_view source = document.source->content;
    const MarkupTree& tree = *document.tree;
    // Open paired codes: a <pc>/<g> element (closed when the walk leaves it, "") or an
    // <sc> (closed by its <ec>, its id).
    std::vector<std::string> open;
    for (const XliffSegment& segment : unit.segments) {
        std::size_t node = segment.source_node;
        if (targets) {
            if (segment.target) {
                node = segment.target_node;
                if (segment.target->text.empty() && !segment.source.text.empty() &&
                    !segment.ignorable)
                    out.complete = false;
            } else if (!segment.ignorable) {
                out.complete = false;
                continue;
            }
        }
        walk_content(
            source, tree, node,
            [&](char32_t c, std::string_view bytes, std::size_t, std::size_t) {
                builder.character(c, bytes);
            },
            [&](const MarkupNode& element) {
                const std::string_view name = element.local_name();
                if (name == "pc" || name == "g") {
                    builder.open_code(element.token("id"));
                    open.emplace_back();
                    return true;
                }
                if (name == "sc") {
                    builder.open_code(element.token("id"));
                    open.push_back(element.token("id"));
                    return false;
                }
                if (name == "ec" && !element.token("startRef").empty()) {
                    if (open.empty() || open.back() != element.token("startRef")) {
                        out.problem = "inline codes overlap (<ec startRef=\"" +
                                      element.token("startRef") + "\"/>)";
                        return false;
                    }
                    builder.close_code();
                    open.pop_back();
                    return false;
                }
                if (name == "cp") {
                    std::uint32_t value = 0;
                    const std::string hex = attribute(element, "hex");
                    std::from_chars(hex.data(), hex.data() + hex.size(), value, 16);
                    std::string bytes;
                    utf8::append(bytes, static_cast<char32_t>(value));
                    builder.character(static_cast<char32_t>(value), bytes);
                    return false;
                }
                if (name == "ec" || is_standalone_code(name)) {
                    builder.standalone(element.token("id"));
                    return false;
                }
                if (name == "sm" || name == "em")
                    return false; // annotation markers: no text
                return true;      // <mrk> and anything else: its text
            },
            [&](const MarkupNode& element) {
                const std::string_view name = element.local_name();
                if (name != "pc" && name != "g")
                    return;
                if (open.empty() || !open.back().empty()) {
                    out.problem = "inline codes overlap (<" + std::string(name) + " id=\"" +
                                  element.token("id") + "\">)";
                    return;
                }
                builder.close_code();
                open.pop_back();
            });
    }
    builder.finish();
    if (!open.empty() && out.problem.empty())
        out.problem = "an inline code is opened and never closed";
    out.text = identifying_text(out.text);
    return out;
}

std::string identifying_text(std::string_view plain_text) {
    std::string text;
    for (char c : plain_text)
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            text += c;
    return text;
}

std::string markup_hash(std::string_view markup) {
    return "sha256:" + sha256_hex(markup);
}

std::string text_hash(std::string_view text) {
    return "sha256:" + sha256_hex(identifying_text(text));
}

} // namespace medloc
