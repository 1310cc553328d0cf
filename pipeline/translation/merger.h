#pragma once

#include "core/result.h"
#include "language/word_tokenizer.h"
#include "loading/article.h"
#include "loading/markup_tree.h"
#include "loading/xml_schema.h"
#include "translation/xliff_document.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace medloc {

// Where a block's translation may come from, in order of preference: the locale's own
// XLIFF file, then the fallback locales configured for it. A fallback whose locale is the
// source article's own keeps the source text (only when the project says so).
struct TranslationSource {
    std::string locale;
    const XliffDocument* xliff = nullptr; // null: no file for this locale
};

// Which source builds each block of a localized article: the first of the request's
// sources whose unit is usable (translation/merger.cpp: has a target, is final, is not
// stale, and, when the request refuses copies, does not copy its source text where that
// holds a word to translate, unless the unit says translate="no").
struct BlockChoice {
    std::string block_id;
    std::optional<std::size_t> source; // index in LocalizeRequest::sources; nullopt: none
    std::string markup;                // the block's new content (empty for the source text)
    std::string why_not;               // why the first source's unit is not used; empty if it is
};

struct LocalizedArticle {
    std::string xml;                  // empty when some block has no approved translation
    std::vector<std::string> missing; // "block-id: why" for each block that is not approved
    std::vector<std::pair<std::string, std::string>> fallbacks; // block id, locale used
};

struct LocalizeRequest {
    const Article* article = nullptr;
    const MarkupTree* tree = nullptr;
    std::vector<TranslationSource> sources; // the target locale first
    std::string target_locale;
    std::string name; // for messages: the output path or bundle entry
    const XmlSchema* schema = nullptr;
    // Publishing (export, report, coverage): a final target that copies its source text is
    // not a translation. `merge` builds what the translators approved, copies included
    // (translation.untranslated reports them).
    bool refuse_source_copies = false;
};

// For each block of the article, in order, the source that builds it.
std::vector<BlockChoice> choose_translations(const LocalizeRequest& request);

// Why a unit cannot stand for its block whose current source hash is `source_hash`;
// empty when it can. `source_words` segments the source locale's text to tell a target that
// copies it; null: such a copy can stand.
std::string why_unusable(const XliffUnit* unit, const std::string& source_hash,
                         WordTokenizer* source_words);

// The localized article in memory when every block has an approved translation (final,
// not stale) in one of the sources: the source file with each block's content replaced
// by its target, inline codes restored from their original tags, and xml:lang set to
// the locale; it is checked well-formed and schema-valid. Nothing is filled with source
// text unless a source-locale fallback is configured. Errors are invalid output.
Result<LocalizedArticle> localize_article(const LocalizeRequest& request);

struct [[nodiscard]] MergeOutcome {
    bool written = false;
    std::vector<std::string> missing; // "block-id: why" for each block that is not approved
};

struct MergeRequest {
    const Article* article = nullptr;
    const MarkupTree* tree = nullptr;
    const XliffDocument* xliff = nullptr; // null: no XLIFF file for this locale
    std::string target_locale;
    std::string output_path;
    const XmlSchema* schema = nullptr;
};

// Writes the localized article (localize_article with the locale's own file only)
// atomically when it is complete; an article with a missing block is not written, and
// the outcome says which blocks and why. Errors are I/O or invalid output.
Result<MergeOutcome> merge_article(const MergeRequest& request);

// Data id ("d1", "d1e") -> the article's original tag, for one block.
using SourceCodes = std::map<std::string, std::string>;

// The article XML of a segment's target: text escaped, <pc>/<ph>/<sc>/<ec> (and XLIFF
// 1.2's <g>) replaced by the original codes they refer to, <mrk> unwrapped, <cp> decoded.
// A code the unit has no <originalData> for (a tool dropped it; XLIFF 1.2 has none) is
// taken from `source_codes`, the block's codes in the source article, by its id: ids that
// no longer match the source are an error.
Result<std::string> target_markup(const XliffDocument& xliff, const XliffUnit& unit,
                                  const SourceCodes& source_codes = {});

} // namespace medloc
