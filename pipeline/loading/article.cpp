#include "loading/article.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <filesystem>
#include <set>

namespace medloc {

namespace {

const std::set<std::string_view> kBlockElements = {"title", "question", "heading",
                                                   "p",     "item",     "ref"};

// The element after a node among its siblings; the root for a node outside it.
const MarkupNode* next_element(const MarkupTree& tree, std::size_t index) {
    const MarkupNode& node = tree.node(index);
    if (node.parent == MarkupNode::npos)
        return node.begin < tree.node(tree.root()).begin ? &tree.node(tree.root()) : nullptr;
    const auto& siblings = tree.node(node.parent).children;
    auto at = std::find(siblings.begin(), siblings.end(), index);
    for (++at; at != siblings.end(); ++at)
        if (tree.node(*at).kind == MarkupNode::Kind::element)
            return &tree.node(*at);
    return nullptr;
}

Suppression parse_suppression(std::string_view data) {
    Suppression suppression;
    std::size_t at = 0;
    while (at < data.size()) {
        while (at < data.size() && std::isspace(static_cast<unsigned char>(data[at])))
            ++at;
        if (data.substr(at, 7) == "reason=" && at + 7 < data.size()) {
            const char quote = data[at + 7];
            const std::size_t close = data.find(quote, at + 8);
            if ((quote == '"' || quote == '\'') && close != std::string_view::npos) {
                std::string reason(data.substr(at + 8, close - at - 8));
                const bool blank = reason.find_first_not_of(" \t\n") == std::string::npos;
                suppression.reason = blank ? std::string() : reason;
                at = close + 1;
                continue;
            }
        }
        std::size_t end = at;
        while (end < data.size() && !std::isspace(static_cast<unsigned char>(data[end])))
            ++end;
        if (end > at)
            suppression.rule_ids.emplace_back(data.substr(at, end - at));
        at = end;
    }
    return suppression;
}

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
            article_.id = root.token("id");
            article_.id_offset = id->value_offset;
        }
        article_.locale = root.token("xml:lang");
        if (const std::string revision = root.token("revision"); !revision.empty())
            std::from_chars(revision.data(), revision.data() + revision.size(), article_.revision);
        visit_structure(tree_.root());
        article_.suppressions = find_suppressions(tree_);
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
                article_.ids.push_back({node.token("id"), std::string(name), id->value_offset});
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
            article_.review = {node.token("status"), node.token("reviewer"), node.token("date"),
                               node.token("digest"), node.token("blocks"),   node.begin};
        }
    }

    std::string plain_text(const MarkupNode& node) const {
        return element_text(text_, tree_, index_of(node));
    }

    Block read_block(const MarkupNode& node) {
        Block block;
        block.id = node.token("id");
        block.kind = std::string(node.local_name());
        block.locale = article_.locale;
        block.source_offset = node.begin;
        for (const MarkupAttribute& attribute : node.attributes)
            if (attribute.name != "id" && attribute.name != "xmlns" &&
                !attribute.name.starts_with("xmlns:"))
                block.attributes.emplace_back(attribute.name, node.token(attribute.name));
        InlineText content = collect_inline_text(text_, tree_, index_of(node));
        block.text = std::move(content.text);
        block.spans = std::move(content.spans);
        return block;
    }

    std::size_t index_of(const MarkupNode& node) const {
        return static_cast<std::size_t>(&node - tree_.nodes().data());
    }

    const MarkupTree& tree_;
    const std::string& text_;
    Article article_;
};

} // namespace

std::vector<Suppression> find_suppressions(const MarkupTree& tree) {
    std::vector<Suppression> found;
    const auto& nodes = tree.nodes();
    for (std::size_t index = 0; index < nodes.size(); ++index) {
        const MarkupNode& node = nodes[index];
        if (node.kind != MarkupNode::Kind::processing_instruction || node.name != "medloc-ignore")
            continue;
        Suppression suppression = parse_suppression(node.data);
        suppression.offset = node.begin;
        suppression.target_begin = suppression.target_end = node.end;
        if (const MarkupNode* target = next_element(tree, index)) {
            suppression.target_begin = target->begin;
            suppression.target_end = target->end;
        }
        found.push_back(std::move(suppression));
    }
    return found;
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
