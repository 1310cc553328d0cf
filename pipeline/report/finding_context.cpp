#include "report/finding_context.h"

#include "language/sentence_finder.h"

namespace medloc {

namespace {

constexpr std::size_t kContextBytes = 160; // kept on each side of the mark in long sentences

bool is_continuation(char byte) {
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

std::size_t code_point_end(const std::string& text, std::size_t at) {
    std::size_t end = at + 1;
    while (end < text.size() && is_continuation(text[end]))
        ++end;
    return end;
}

// Where in the block text the finding's position falls, if anywhere.
std::optional<std::size_t> text_offset_at(const Article& article, const Block& block,
                                          const SourcePosition& position) {
    const std::string& text = block.text.text();
    for (std::size_t i = 0; i < text.size(); i = code_point_end(text, i))
        if (article.position(block.text.source_offset(i)) == position)
            return i;
    return std::nullopt;
}

struct Located {
    const Block* block = nullptr;
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string locale;
};

std::optional<Located> locate(const Finding& finding, const Article& article) {
    for (const Block& block : article.blocks) {
        if (!finding.block_id.empty() && block.id != finding.block_id)
            continue;
        const std::string& text = block.text.text();
        const std::string& flagged = finding.flagged_text;
        std::optional<std::size_t> at;
        if (finding.position.line > 0)
            at = text_offset_at(article, block, finding.position);
        if (!at && !flagged.empty() && !finding.block_id.empty()) {
            if (auto found = text.find(flagged); found != std::string::npos)
                at = found;
        }
        if (!at)
            continue;
        const std::size_t end = !flagged.empty() && text.compare(*at, flagged.size(), flagged) == 0
                                    ? *at + flagged.size()
                                    : code_point_end(text, *at);
        return Located{&block, *at, end, block.locale.empty() ? article.locale : block.locale};
    }
    return std::nullopt;
}

// Moves `at` back (or forward) to the start of a code point.
std::size_t to_code_point_start(const std::string& text, std::size_t at) {
    while (at > 0 && at < text.size() && is_continuation(text[at]))
        --at;
    return at;
}

} // namespace

ReportFinding with_context(const Finding& finding, const std::vector<const Article*>& articles) {
    ReportFinding shown{finding, {}, 0, 0};
    for (const Article* article : articles) {
        if (article == nullptr || article->path() != finding.file)
            continue;
        const auto located = locate(finding, *article);
        if (!located)
            continue;
        const std::string& text = located->block->text.text();
        auto [begin, end] = sentence_around(text, located->begin, located->locale);
        begin = std::min(begin, located->begin);
        end = std::max(end, located->end);
        std::string prefix;
        std::string suffix;
        if (located->begin - begin > kContextBytes) {
            begin = to_code_point_start(text, located->begin - kContextBytes);
            prefix = "…";
        }
        if (end - located->end > kContextBytes) {
            end = to_code_point_start(text, located->end + kContextBytes);
            suffix = "…";
        }
        shown.sentence = prefix + text.substr(begin, end - begin) + suffix;
        shown.mark_begin = prefix.size() + (located->begin - begin);
        shown.mark_end = prefix.size() + (located->end - begin);
        return shown;
    }
    return shown;
}

} // namespace medloc
