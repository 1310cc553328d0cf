#include "text/printable.h"

#include "text/utf8.h"

#include <cstdio>

namespace medloc {

namespace {

bool needs_escape(char32_t c) {
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || is_bidi_control(c) || c == 0x2028 ||
           c == 0x2029;
}

void append_escape(std::string& out, char32_t c) {
    switch (c) {
    case '\n':
        out += "\\n";
        return;
    case '\r':
        out += "\\r";
        return;
    case '\t':
        out += "\\t";
        return;
    default:
        break;
    }
    char buffer[16];
    if (c < 0x80)
        std::snprintf(buffer, sizeof buffer, "\\x%02x", static_cast<unsigned>(c));
    else
        std::snprintf(buffer, sizeof buffer, "\\u{%04x}", static_cast<unsigned>(c));
    out += buffer;
}

// Whether a backslash at `offset` would read as the start of an escape this function writes.
bool looks_like_escape(std::string_view text, std::size_t offset) {
    if (offset + 1 >= text.size())
        return false;
    const char next = text[offset + 1];
    return next == 'n' || next == 'r' || next == 't' || next == 'x' || next == 'u' || next == '\\';
}

} // namespace

std::string printable(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t at = 0;
    while (at < text.size()) {
        const utf8::Decoded decoded = utf8::decode(text, at);
        if (decoded.code_point == utf8::kInvalid) {
            char buffer[8];
            std::snprintf(buffer, sizeof buffer, "\\x%02x",
                          static_cast<unsigned>(static_cast<unsigned char>(text[at])));
            out += buffer;
        } else if (needs_escape(decoded.code_point)) {
            append_escape(out, decoded.code_point);
        } else if (text[at] == '\\' && looks_like_escape(text, at)) {
            out += "\\\\";
        } else {
            out.append(text, at, decoded.length);
        }
        at += decoded.length;
    }
    return out;
}

bool PrintableStreambuf::emit(std::string_view bytes) {
    const std::string shown = bytes == "\n" ? std::string(bytes) : printable(bytes);
    return target_->sputn(shown.data(), static_cast<std::streamsize>(shown.size())) ==
           static_cast<std::streamsize>(shown.size());
}

bool PrintableStreambuf::put(char c) {
    const auto byte = static_cast<unsigned char>(c);
    if (!pending_.empty() && !utf8::is_continuation(byte)) {
        // A sequence cut short: its bytes are shown as what they are.
        const std::string cut = std::move(pending_);
        pending_.clear();
        if (!emit(cut))
            return false;
    }
    if (pending_.empty() && byte < 0x80)
        return emit(std::string_view(&c, 1));
    pending_ += c;
    const auto lead = static_cast<unsigned char>(pending_.front());
    const std::size_t length = (lead & 0xE0) == 0xC0   ? 2
                               : (lead & 0xF0) == 0xE0 ? 3
                               : (lead & 0xF8) == 0xF0 ? 4
                                                       : 1;
    if (pending_.size() < length)
        return true;
    const std::string complete = std::move(pending_);
    pending_.clear();
    return emit(complete);
}

PrintableStreambuf::int_type PrintableStreambuf::overflow(int_type c) {
    if (traits_type::eq_int_type(c, traits_type::eof()))
        return traits_type::not_eof(c);
    return put(traits_type::to_char_type(c)) ? c : traits_type::eof();
}

std::streamsize PrintableStreambuf::xsputn(const char* text, std::streamsize count) {
    for (std::streamsize i = 0; i < count; ++i)
        if (!put(text[i]))
            return i;
    return count;
}

int PrintableStreambuf::sync() {
    return target_->pubsync();
}

} // namespace medloc
