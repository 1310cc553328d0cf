#pragma once

#include "translation/xliff_document.h"

#include <map>
#include <string>
#include <string_view>

namespace medloc {

// What medloc writes on a <pc> of a block's source: the original data it refers to.
struct CodeData {
    std::string data_start;
    std::string data_end;
    std::string type;
};
using CodeMap = std::map<std::string, CodeData>; // by code id

// The codes of XLIFF 2 inline markup medloc wrote (a block's source, kept in kit.json).
// Markup that is not well-formed gives no codes.
CodeMap code_map(std::string_view xliff_content);

// A unit's content (its sources or its targets, segments joined in order) as it came back
// from any tool, rewritten the way medloc writes XLIFF 2 inline content.
struct RenderedContent {
    // Text escaped; paired codes (XLIFF 2 <pc> and <sc>/<ec>, XLIFF 1.2 <g>) as <pc id="…">,
    // with the attributes of `codes` for the ids it knows; standalone codes (<ph>, <x>, 1.2's
    // <bpt>, <ept>...) as <ph id="…"/>; annotations (<mrk>) unwrapped; <cp> decoded. White
    // space that a tool's indentation added (runs with a line break at either end or at the
    // inner edge of a code) is dropped, other runs with a line break become one space.
    std::string markup;
    // The text alone, inline codes and white space left out: what identifies a source
    // across tools that indent, flatten codes (PO round trips) or re-wrap lines.
    std::string text;
    bool complete = true; // every translatable segment had a non-empty part (targets)
    std::string problem;  // why the codes cannot be used (they overlap); empty when fine
};

RenderedContent render_unit_content(const XliffDocument& document, const XliffUnit& unit,
                                    bool targets, const CodeMap* codes = nullptr);

// "sha256:" and the SHA-256 of a source's identifying text (RenderedContent::text, or
// the same computed from plain text).
std::string text_hash(std::string_view text);
// "sha256:" and the SHA-256 of rendered markup (RenderedContent::markup without code data):
// how two targets are compared.
std::string markup_hash(std::string_view markup);
// Plain text without its white space (what RenderedContent::text holds).
std::string identifying_text(std::string_view plain_text);

} // namespace medloc
