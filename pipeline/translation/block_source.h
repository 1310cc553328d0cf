#pragma once

#include "loading/markup_tree.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace medloc {

// A block of an article as an XLIFF 2 source: its text with every inline element as a
// <pc> whose original start and end tags are kept in <originalData>, so that a translator
// moves codes but cannot break them, and merge can write the exact tags back.
struct BlockSource {
    std::string xliff_content;   // inner XML of <source>
    std::string xliff12_content; // the same for XLIFF 1.2: <g id="N"> for <pc id="N">
    std::vector<std::pair<std::string, std::string>> original_data; // data id -> original tag
    std::string hash;                                               // "sha256:…" of both
};

// Every inline code of a block is <pc id="N" dataRefStart="dN" dataRefEnd="dNe">: the
// data ids of code N, which merge uses to find the original tags in the article when a
// tool dropped <originalData> (or wrote XLIFF 1.2, which has none).
std::string start_data_id(std::string_view code_id);
std::string end_data_id(std::string_view code_id);

// `node` is the block element in `tree`, parsed from `source`. White space is read as in
// block text: runs holding a line break become one space; ends are trimmed.
BlockSource make_block_source(std::string_view source, const MarkupTree& tree, std::size_t node);

// Escapes text for XML content (&, <, >).
std::string escape_xml_text(std::string_view text);

} // namespace medloc
