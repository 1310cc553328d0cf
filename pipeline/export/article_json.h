#pragma once

#include "loading/article.h"

#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace medloc {

// What an exported article says beyond its own content.
struct ArticleExportInfo {
    std::string source_locale;
    std::string source_hash; // "sha256:…" of the source article file
    std::vector<std::pair<std::string, std::string>> fallbacks; // block id, locale used
};

// The bundle form of an article (docs/formats/bundle.md): id, locale, revision, review,
// title, question and every block in document order, each with its id, kind and content
// as a tree of text strings and inline elements ({"type": "dose", "value": "15",
// "unit": "mg/kg", "content": ["15 mg/kg"]}).
nlohmann::json article_to_json(const Article& article, const ArticleExportInfo& info);

// The content tree of one block.
nlohmann::json block_content(const Block& block);

// JSON text as bundles write it: keys sorted, two-space indent, UTF-8, final newline;
// the same value always gives the same bytes.
std::string canonical_json(const nlohmann::json& value);

} // namespace medloc
