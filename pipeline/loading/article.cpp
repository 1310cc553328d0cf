#include "loading/article.h"

#include <charconv>
#include <filesystem>
#include <set>

namespace medloc {

namespace {

const std::set<std::string_view> kBlockElements = {"title", "question", "heading",
                                                   "p",     "item",     "ref"};
const std::set<std::string_view> kInlineElements = {"em",   "strong", "term",
                                                    "dose", "link",   "foreign"};

class ArticleBuilder {
public:
    ArticleBuilder(std::shared_ptr<const SourceFile> source, const MarkupTree& tree)
        : tree_(tree), text_(source->content) {
        article_.source = std::move(source);
    }

    Article build() {
        if (!tree_.has_root())
            return std::move(article_);
        const MarkupNode& root = tree_.node(tree_.root());
        if (const MarkupAttribute* id = root.attribute("id")) {
            article_.id = id->value;
            article_.id_offset = id->value_offset;
        }
        if (const MarkupAttribute* lang = root.attribute("xml:lang"))
            article_.locale = lang->value;
        if (const MarkupAttribute* revision = root.attribute("revision")) {
            const std::string& value = revision->value;
            std::from_chars(value.data(), value.data() + value.size(), article_.revision);
        }
        visit_structure(tree_.root());
        return std::move(article_);
    }

private:
    // Walks the block structure; blocks are leaves of this walk.
    void visit_structure(std::size_t root_index) {
        std::vector<std::size_t> pending = {root_index};
        while (!pending.empty()) {
            const std::size_t index = pending.back();
            pending.pop_back();
            const MarkupNode& node = tree_.node(index);
            if (node.kind != MarkupNode::Kind::element)
                continue;
            const std::string_view name = node.local_name();
            if (const MarkupAttribute* id = node.attribute("id"); id && index != root_index)
                article_.ids.push_back({id->value, std::string(name), id->value_offset});
            if (kBlockElements.contains(name) && node.attribute("id") != nullptr) {
                article_.blocks.push_back(read_block(node));
                continue;
            }
            read_metadata(node, name);
            for (auto child = node.children.rbegin(); child != node.children.rend(); ++child)
                pending.push_back(*child);
        }
    }

    void read_metadata(const MarkupNode& node, std::string_view name) {
        if (name == "audience") {
            article_.audience = plain_text(node);
        } else if (name == "specialty") {
            article_.specialty = plain_text(node);
        } else if (name == "review") {
            const auto value = [&](std::string_view attribute) {
                const MarkupAttribute* found = node.attribute(attribute);
                return found ? found->value : std::string();
            };
            article_.review = {value("status"), value("reviewer"), value("date"), node.begin};
        }
    }

    std::string plain_text(const MarkupNode& node) const {
        return element_text(text_, tree_, static_cast<std::size_t>(&node - tree_.nodes().data()));
    }

    Block read_block(const MarkupNode& node) {
        Block block;
        block.id = node.attribute("id")->value;
        block.kind = std::string(node.local_name());
        block.locale = article_.locale;
        block.source_offset = node.begin;
        TextRunBuilder builder;
        append_content(node, builder, &block.spans);
        block.text = builder.finish();
        for (InlineSpan& span : block.spans) {
            span.begin = std::min(span.begin, block.text.text().size());
            span.end = std::min(span.end, block.text.text().size());
        }
        return block;
    }

    // Appends the text of `node`'s content, recording inline spans. Iterative so that
    // nesting depth costs no stack.
    void append_content(const MarkupNode& node, TextRunBuilder& builder,
                        std::vector<InlineSpan>* spans) const {
        struct Frame {
            const MarkupNode* node;
            std::size_t next_child;
            std::size_t span_index;
        };
        std::vector<Frame> stack = {{&node, 0, static_cast<std::size_t>(-1)}};
        while (!stack.empty()) {
            Frame& frame = stack.back();
            if (frame.next_child >= frame.node->children.size()) {
                if (spans && frame.span_index != static_cast<std::size_t>(-1))
                    (*spans)[frame.span_index].end = builder.text_size();
                stack.pop_back();
                continue;
            }
            const MarkupNode& child = tree_.node(frame.node->children[frame.next_child++]);
            switch (child.kind) {
            case MarkupNode::Kind::text:
                decode_character_data(text_, child.begin, child.end,
                                      [&](char32_t c, std::string_view bytes, std::size_t b,
                                          std::size_t e) { builder.add(c, bytes, b, e); });
                break;
            case MarkupNode::Kind::cdata:
                decode_cdata(text_, child.begin, child.end,
                             [&](char32_t c, std::string_view bytes, std::size_t b, std::size_t e) {
                                 builder.add(c, bytes, b, e);
                             });
                break;
            case MarkupNode::Kind::element: {
                std::size_t span_index = static_cast<std::size_t>(-1);
                if (spans && kInlineElements.contains(child.local_name())) {
                    InlineSpan span;
                    span.element = std::string(child.local_name());
                    span.begin = builder.next_text_offset();
                    span.source_offset = child.begin;
                    for (const MarkupAttribute& attribute : child.attributes)
                        span.attributes.emplace_back(attribute.name, attribute.value);
                    spans->push_back(std::move(span));
                    span_index = spans->size() - 1;
                }
                stack.push_back({&child, 0, span_index});
                break;
            }
            case MarkupNode::Kind::processing_instruction:
                break;
            }
        }
    }

    const MarkupTree& tree_;
    const std::string& text_;
    Article article_;
};

} // namespace

const std::string* InlineSpan::attribute(std::string_view name) const {
    for (const auto& [key, value] : attributes)
        if (key == name)
            return &value;
    return nullptr;
}

const Block* Article::find_block(std::string_view block_id) const {
    for (const Block& block : blocks)
        if (block.id == block_id)
            return &block;
    return nullptr;
}

Article build_article(std::shared_ptr<const SourceFile> source, const MarkupTree& tree) {
    return ArticleBuilder(std::move(source), tree).build();
}

std::string expected_article_id(std::string_view path) {
    return std::filesystem::path(path).stem().string();
}

} // namespace medloc
