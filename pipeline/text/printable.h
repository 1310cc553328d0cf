#pragma once

#include <streambuf>
#include <string>
#include <string_view>

namespace medloc {

// The bidirectional formatting characters: embeddings and overrides (U+202A–U+202E),
// isolates (U+2066–U+2069). They reorder what a reader sees ("Trojan Source").
inline bool is_bidi_formatting(char32_t c) {
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

// The implicit directional marks (LRM U+200E, RLM U+200F, ALM U+061C): invisible, they
// change how neighbouring digits and punctuation are ordered.
inline bool is_bidi_mark(char32_t c) {
    return c == 0x200E || c == 0x200F || c == 0x061C;
}

inline bool is_bidi_control(char32_t c) {
    return is_bidi_formatting(c) || is_bidi_mark(c);
}

// Text that came from outside (file names, content, archive entries) made safe to print on
// a terminal or into a log read as lines: control characters (C0 including line breaks and
// tabs, DEL, C1), the bidirectional controls and the line and paragraph separators are
// written as escapes (\n, \t, \x1b, \u{202e}), and bytes that are not UTF-8 as
// \xNN; a backslash is doubled only where it would start one of these escapes. Everything
// else is kept: printable(text) == text for ordinary text.
std::string printable(std::string_view text);

// A stream buffer that passes what is written to `target` through printable(), code point by
// code point, line feeds excepted: for messages on standard error, where names of files and
// archive entries are echoed inside lines medloc writes itself.
class PrintableStreambuf : public std::streambuf {
public:
    explicit PrintableStreambuf(std::streambuf* target) : target_(target) {}

protected:
    int_type overflow(int_type c) override;
    std::streamsize xsputn(const char* text, std::streamsize count) override;
    int sync() override;

private:
    bool put(char c);
    bool emit(std::string_view bytes);

    std::streambuf* target_;
    std::string pending_; // the start of a UTF-8 sequence not yet complete
};

} // namespace medloc
