#pragma once

#include "loading/inline_text.h"
#include "loading/markup_tree.h"
#include "loading/source_file.h"
#include "text/text_run.h"

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace medloc {

inline constexpr std::string_view kArticleNamespace = "urn:medloc:article:1";

// A translatable block (title, question, heading, p, item, ref): the unit of
// checking, translation and export.
struct Block {
    std::string id;
    std::string kind;
    std::string locale;
    TextRun text;
    std::vector<InlineSpan> spans;
    // The block element's own attributes but id and namespace declarations (a ref's href),
    // token-normalised, in document order.
    std::vector<std::pair<std::string, std::string>> attributes;
    std::size_t source_offset = 0; // the '<' of its start tag
};

// Every id attribute in the article, for the id rules.
struct IdDeclaration {
    std::string id;
    std::string element;
    std::size_t offset = 0; // start of the attribute value
};

struct Review {
    std::string status;
    std::string reviewer;
    std::string date;
    // What the approval covers (approval/approval_digest.h, docs/formats/approval.md): the
    // digest of the reviewed content and the digest of each block; empty when not recorded.
    std::string digest;
    std::string blocks;
    std::size_t source_offset = 0;
};

// <?medloc-ignore RULE-ID... reason="…"?>: findings of those rules inside the element that
// follows the instruction (the whole article when it stands before the root) are not
// reported. The engine applies them and reports unused or malformed ones.
struct Suppression {
    std::vector<std::string> rule_ids;
    std::string reason;
    std::size_t offset = 0;       // the '<' of the instruction
    std::size_t target_begin = 0; // the element it covers: [begin, end) in the file
    std::size_t target_end = 0;   // == target_begin when no element follows
};

struct Article {
    std::shared_ptr<const SourceFile> source;
    std::string id;
    std::size_t id_offset = 0;
    std::string locale;
    int revision = 0;
    std::string audience;
    std::string specialty;
    Review review;
    std::vector<Block> blocks;
    std::vector<IdDeclaration> ids;
    std::vector<Suppression> suppressions;

    const std::string& path() const { return source->path; }
    SourcePosition position(std::size_t offset) const { return source->position(offset); }
    const Block* find_block(std::string_view block_id) const;
};

// Reads the article model from the markup of a document that is schema-valid; on other
// documents it builds what it can and never fails.
Article build_article(std::shared_ptr<const SourceFile> source, const MarkupTree& tree);

// The <?medloc-ignore …?> instructions of a document (an article or an XLIFF file), each
// with the element it covers: the next element among its siblings, the whole document
// before the root.
std::vector<Suppression> find_suppressions(const MarkupTree& tree);

// The id an article must have: its file name without the ".xml" extension.
std::string expected_article_id(std::string_view path);

} // namespace medloc
