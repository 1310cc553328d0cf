#include "checks/spelling/not_nfc_rule.h"

#include "language/normalization.h"
#include "loading/article.h"
#include "text/utf8.h"

#include <unicode/uchar.h>

namespace medloc {

void NotNfcRule::check(const Article& article, CheckContext&, FindingSink& sink) const {
    for (const Block& block : article.blocks) {
        const std::string& text = block.text.text();
        const auto offset = first_non_nfc(text);
        if (!offset)
            continue;
        // Flag the character and the combining marks that follow it.
        std::size_t end = *offset + utf8::decode(text, *offset).length;
        while (end < text.size()) {
            const utf8::Decoded d = utf8::decode(text, end);
            if (u_getCombiningClass(static_cast<UChar32>(d.code_point)) == 0)
                break;
            end += d.length;
        }
        const std::string flagged = text.substr(*offset, end - *offset);
        Finding& finding = sink.report(kInfo, article, block, *offset, end,
                                       "text is not in Unicode NFC (a decomposed character); "
                                       "normalise the file to NFC");
        finding.suggestions = {to_nfc(flagged)};
    }
}

} // namespace medloc
