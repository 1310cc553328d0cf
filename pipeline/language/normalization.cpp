#include "language/normalization.h"

#include "text/utf8.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace medloc {

namespace {

// ICU's built-in data; cannot fail once ICU is linked. Held in a function-local static so
// that every thread sees it through the C++ initialisation guard, which ThreadSanitizer
// understands (ICU's own lazy initialisation happens inside uninstrumented code).
const icu::Normalizer2& nfc() {
    static const icu::Normalizer2* const instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        return icu::Normalizer2::getNFCInstance(status);
    }();
    return *instance;
}

} // namespace

std::string to_nfc(std::string_view text) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString source = icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    const icu::UnicodeString normalised = nfc().normalize(source, status);
    std::string out;
    if (U_FAILURE(status))
        return std::string(text);
    normalised.toUTF8String(out);
    return out;
}

std::optional<std::size_t> first_non_nfc(std::string_view text) {
    // Fast path: ASCII is always NFC.
    bool ascii = true;
    for (char c : text)
        ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    if (ascii)
        return std::nullopt;
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString source = icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    const int32_t span = nfc().spanQuickCheckYes(source, status);
    if (U_FAILURE(status) || span >= source.length())
        return std::nullopt;
    if (nfc().isNormalized(source, status))
        return std::nullopt;
    // The character before the span's end may be the starter the mark attaches to.
    int32_t start = span;
    while (start > 0 && !nfc().hasBoundaryBefore(source.char32At(start)))
        start = source.moveIndex32(start, -1);
    std::string prefix;
    source.tempSubString(0, start).toUTF8String(prefix);
    return prefix.size();
}

std::string fold_case(std::string_view text) {
    icu::UnicodeString source = icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    source.foldCase();
    std::string out;
    source.toUTF8String(out);
    return out;
}

bool is_acronym(std::string_view word) {
    int letters = 0;
    for (std::size_t i = 0; i < word.size();) {
        const utf8::Decoded d = utf8::decode(word, i);
        if (u_isalpha(static_cast<UChar32>(d.code_point))) {
            if (!u_isupper(static_cast<UChar32>(d.code_point)))
                return false;
            ++letters;
        }
        i += d.length;
    }
    return letters >= 2;
}

} // namespace medloc
