// The scanners that read text of any length in one pass: URLs (spelling and typography skip
// them), line and column positions, the attribute count checked before libxml2 parses, the
// nesting of JSON, and the escaping of names and messages for a terminal.
// Properties: URL ranges are inside the text, sorted and disjoint, and overlaps() agrees
// with a plain search; a position is the count of lines and code points before it;
// printable() leaves no control character and changes nothing in text without one; a
// crowded element has more attributes than the limit.

#include "core/untrusted_json.h"
#include "fuzz_support.h"
#include "language/url_ranges.h"
#include "loading/xml_parser.h"
#include "text/line_index.h"
#include "text/printable.h"
#include "text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace medloc;
    const std::string text(reinterpret_cast<const char*>(data), size);

    const std::vector<TextRange> urls = find_url_ranges(text);
    std::size_t previous_end = 0;
    for (const auto& [begin, end] : urls) {
        fuzz::require(begin >= previous_end && begin <= end && end <= text.size(),
                      "URL ranges are inside the text, sorted and disjoint");
        previous_end = end;
    }
    for (std::size_t at = 0; at + 1 < text.size() && at < 4096; at += 7) {
        bool plain = false;
        for (const auto& [begin, end] : urls)
            plain = plain || (at < end && begin < at + 2);
        fuzz::require(overlaps(urls, at, at + 2) == plain, "overlaps() is a search");
    }

    if (!utf8::first_invalid(text)) {
        const LineIndex index(text);
        int line = 1;
        int column = 1;
        const std::size_t bom = text.starts_with(utf8::kByteOrderMark) ? 3 : 0;
        for (std::size_t at = bom; at <= text.size(); ++at) {
            const bool lead =
                at == text.size() || !utf8::is_continuation(static_cast<unsigned char>(text[at]));
            const bool lf_of_crlf =
                at > 0 && at < text.size() && text[at] == '\n' && text[at - 1] == '\r';
            if (lead && !lf_of_crlf && (at % 61 == 0 || at == text.size()))
                fuzz::require(index.position(at) == SourcePosition{line, column},
                              "a position counts lines and code points");
            if (at == text.size())
                break;
            if (text[at] == '\n' ||
                (text[at] == '\r' && (at + 1 >= text.size() || text[at + 1] != '\n'))) {
                ++line;
                column = 1;
            } else if (lead && text[at] != '\r') {
                ++column;
            }
        }
    }

    const std::string shown = printable(text);
    for (std::size_t at = 0; at < shown.size();) {
        const utf8::Decoded decoded = utf8::decode(shown, at);
        fuzz::require(decoded.code_point != utf8::kInvalid && decoded.code_point >= 0x20 &&
                          decoded.code_point != 0x7F &&
                          !(decoded.code_point >= 0x80 && decoded.code_point < 0xA0) &&
                          !is_bidi_control(decoded.code_point),
                      "printable() leaves no control character");
        at += decoded.length;
    }
    if (text.find('\\') == std::string::npos && shown.size() == text.size())
        fuzz::require(shown == text, "printable() keeps what needs no escape");

    for (std::size_t limit : {0u, 1u, 3u})
        if (const auto crowded = find_crowded_element(text, limit))
            fuzz::require(crowded->attributes > limit && crowded->offset < text.size() &&
                              text[crowded->offset] == '<',
                          "a crowded element has more attributes than the limit");

    const int depth = json_nesting_depth(text, 1 << 30);
    fuzz::require(depth >= 0 && static_cast<std::size_t>(depth) <= text.size(),
                  "a nesting depth is at most the text's length");
    return 0;
}
