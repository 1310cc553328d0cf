#pragma once

#include "loading/markup_tree.h"
#include "text/text_run.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace medloc {

// An element inside a text (em, dose, link in articles; pc, ph, mrk in XLIFF): its text
// range in the TextRun and its attributes.
struct InlineSpan {
    std::string element; // local name
    std::size_t begin = 0;
    std::size_t end = 0;
    std::size_t source_offset = 0; // the '<' of its start tag
    std::vector<std::pair<std::string, std::string>> attributes;

    const std::string* attribute(std::string_view name) const;
};

struct InlineText {
    TextRun text;
    std::vector<InlineSpan> spans; // in document order; nested spans follow their parent
};

// The text of an element's content as a reader sees it, with a span for every element
// inside it. XLIFF's <cp hex="…"/> stands for its character. Elements named in `opaque`
// hold code, not text (XLIFF 1.2 <ph>, <bpt>…): they get an empty span. Iterative:
// nesting depth costs no stack.
InlineText collect_inline_text(std::string_view source, const MarkupTree& tree, std::size_t node,
                               const std::vector<std::string_view>& opaque = {});

} // namespace medloc
