#include "export/article_json.h"

#include <nlohmann/json.hpp>

namespace medloc {

namespace {

using json = nlohmann::json;

// Attributes an app needs, by element; the others (xml:lang's prefix) are renamed.
json span_object(const InlineSpan& span) {
    json object = {{"type", span.element}};
    for (const auto& [name, value] : span.attributes)
        object[name == "xml:lang" ? "lang" : name] = value;
    return object;
}

// Builds the content of [begin, end) from the spans starting at `next` that lie inside
// it; spans are in document order with nested spans after their parent.
json content_between(const Block& block, std::size_t begin, std::size_t end, std::size_t& next) {
    json content = json::array();
    const std::string& text = block.text.text();
    std::size_t at = begin;
    while (next < block.spans.size() && block.spans[next].begin >= begin &&
           block.spans[next].end <= end && block.spans[next].begin >= at) {
        const InlineSpan& span = block.spans[next];
        if (span.begin > at)
            content.push_back(text.substr(at, span.begin - at));
        ++next;
        json object = span_object(span);
        object["content"] = content_between(block, span.begin, span.end, next);
        content.push_back(std::move(object));
        at = span.end;
    }
    if (end > at)
        content.push_back(text.substr(at, end - at));
    return content;
}

json block_json(const Block& block) {
    return {{"id", block.id}, {"kind", block.kind}, {"content", block_content(block)}};
}

} // namespace

json block_content(const Block& block) {
    std::size_t next = 0;
    return content_between(block, 0, block.text.text().size(), next);
}

json article_to_json(const Article& article, const ArticleExportInfo& info) {
    json out = {
        {"format", "medloc-article"},
        {"format_version", 1},
        {"id", article.id},
        {"locale", article.locale},
        {"source_locale", info.source_locale},
        {"revision", article.revision},
        {"audience", article.audience},
        {"specialty", article.specialty},
        {"source_hash", info.source_hash},
    };
    json review = {{"status", article.review.status}};
    if (!article.review.reviewer.empty())
        review["reviewer"] = article.review.reviewer;
    if (!article.review.date.empty())
        review["date"] = article.review.date;
    out["review"] = review;
    json blocks = json::array();
    for (const Block& block : article.blocks) {
        if (block.kind == "title")
            out["title"] = block_json(block);
        else if (block.kind == "question")
            out["question"] = block_json(block);
        else
            blocks.push_back(block_json(block));
    }
    out["blocks"] = std::move(blocks);
    json fallbacks = json::object();
    for (const auto& [block_id, locale] : info.fallbacks)
        fallbacks[block_id] = locale;
    out["fallback_blocks"] = std::move(fallbacks);
    return out;
}

std::string canonical_json(const json& value) {
    // nlohmann::json objects are std::map: keys come out sorted.
    return value.dump(2, ' ', false, json::error_handler_t::strict) + "\n";
}

} // namespace medloc
