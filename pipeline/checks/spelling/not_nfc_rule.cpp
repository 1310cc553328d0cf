#include "checks/spelling/not_nfc_rule.h"

#include "language/normalization.h"
#include "loading/article.h"
#include "text/utf8.h"

#include <unicode/uchar.h>

namespace medloc {

void NotNfcRule::check(const Article& article, CheckContext&, FindingSink& sink) const {
    // One finding per article, at its first decomposed character: the remedy is to
    // normalise the file, once, not each block.
    const Block* first_block = nullptr;
    std::size_t first_offset = 0;
    std::size_t blocks = 0;
    for (const Block& block : article.blocks)
        if (const auto offset = first_non_nfc(block.text.text())) {
            if (first_block == nullptr) {
                first_block = &block;
                first_offset = *offset;
            }
            ++blocks;
        }
    if (first_block == nullptr)
        return;
    const std::string& text = first_block->text.text();
    // Flag the character and the combining marks that follow it.
    std::size_t end = first_offset + utf8::decode(text, first_offset).length;
    while (end < text.size()) {
        const utf8::Decoded d = utf8::decode(text, end);
        if (u_getCombiningClass(static_cast<UChar32>(d.code_point)) == 0)
            break;
        end += d.length;
    }
    const std::string flagged = text.substr(first_offset, end - first_offset);
    Finding& finding = sink.report(kInfo, article, *first_block, first_offset, end,
                                   "spelling.not-nfc", {{"blocks", std::to_string(blocks), true}});
    finding.suggestions = {to_nfc(flagged)};
}

} // namespace medloc
