#include "translation/source_link.h"

#include "loading/article.h"
#include "loading/document_loader.h"
#include "translation/block_source.h"

#include <filesystem>

namespace medloc {

namespace {

namespace fs = std::filesystem;

fs::path resolved(const fs::path& path) {
    std::error_code ec;
    const fs::path absolute = fs::absolute(path, ec);
    const fs::path canonical = fs::weakly_canonical(absolute, ec);
    return (ec ? absolute : canonical).lexically_normal();
}

// An article id as the schema allows it: [a-z0-9]+(-[a-z0-9]+)*, at most 128 characters.
bool is_article_id(const std::string& id) {
    if (id.empty() || id.size() > 128 || id.front() == '-' || id.back() == '-' ||
        id.find("--") != std::string::npos)
        return false;
    for (const char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
            return false;
    return true;
}

} // namespace

std::optional<std::string> source_article_path(const std::string& xliff_path,
                                               const ProjectLayout& layout) {
    if (layout.content.empty() || layout.translations.empty())
        return std::nullopt;
    const fs::path xliff(xliff_path);
    if (xliff.extension() != ".xlf" && xliff.extension() != ".xliff")
        return std::nullopt;
    const std::string id = xliff.stem().string();
    if (!is_article_id(id))
        return std::nullopt;
    const fs::path locale_folder = resolved(xliff).parent_path();
    if (locale_folder.parent_path() != resolved(layout.translations))
        return std::nullopt;
    const fs::path article = fs::path(layout.content) / (id + ".xml");
    std::error_code ec;
    if (!fs::is_regular_file(article, ec))
        return std::nullopt;
    return article.string();
}

std::optional<std::map<std::string, std::string>> block_source_hashes(const std::string& path,
                                                                      const ReadLimits& limits) {
    // Well-formedness is enough to know the blocks' text; validity is the article's own
    // check's business.
    LoadedDocument loaded = load_xml_document(path, {nullptr, false, limits, "articles"});
    if (!loaded.ok())
        return std::nullopt;
    const Article article = build_article(loaded.source, *loaded.tree);
    std::map<std::size_t, std::size_t> element_at;
    for (const std::size_t index : loaded.tree->elements())
        element_at.emplace(loaded.tree->node(index).begin, index);
    std::map<std::string, std::string> hashes;
    for (const Block& block : article.blocks)
        hashes.emplace(block.id, make_block_source(article.source->content, *loaded.tree,
                                                   element_at.at(block.source_offset))
                                     .hash);
    return hashes;
}

} // namespace medloc
