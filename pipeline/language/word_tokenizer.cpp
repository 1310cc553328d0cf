#include "language/word_tokenizer.h"

#include "text/utf8.h"

#include <stdexcept>

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

namespace medloc {

WordTokenizer::WordTokenizer(const std::string& locale) {
    UErrorCode status = U_ZERO_ERROR;
    iterator_.reset(icu::BreakIterator::createWordInstance(icu::Locale(locale.c_str()), status));
    if (U_FAILURE(status) || !iterator_)
        throw std::runtime_error(std::string("ICU word break iterator: ") + u_errorName(status));
}

WordTokenizer::~WordTokenizer() = default;

namespace {

// U+202F (narrow no-break space) joins words in ICU's rules (Word_Break=ExtendNumLet,
// for Mongolian), but in French it is the space before ; ! ? : split words there.
void split_at_narrow_spaces(std::string_view text, std::size_t begin, std::size_t end,
                            std::vector<Token>& tokens) {
    constexpr std::string_view narrow = "\u202F";
    std::size_t start = begin;
    while (start < end) {
        std::size_t found = text.substr(0, end).find(narrow, start);
        if (found == std::string_view::npos)
            found = end;
        if (found > start)
            tokens.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(found),
                              TokenKind::word});
        start = found + (found < end ? narrow.size() : 0);
    }
}

bool is_format_character(UChar32 c) {
    return c >= 0 && u_charType(c) == U_FORMAT_CHAR;
}

// ICU's rules attach format characters (bidirectional controls, zero-width joiners, the
// soft hyphen) to the word beside them; at a token's edges they are not part of the word
// (`usage` followed by U+202C is the word `usage`), and typography.bidi-control reports
// them.
void trim_format_characters(std::string_view text, std::size_t& begin, std::size_t& end) {
    while (begin < end) {
        const utf8::Decoded d = utf8::decode(text.substr(0, end), begin);
        if (!is_format_character(static_cast<UChar32>(d.code_point)))
            break;
        begin += d.length;
    }
    while (end > begin) {
        std::size_t start = end - 1;
        while (start > begin && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80)
            --start;
        if (!is_format_character(
                static_cast<UChar32>(utf8::decode(text.substr(0, end), start).code_point)))
            break;
        end = start;
    }
}

} // namespace

std::vector<Token> WordTokenizer::tokenize(std::string_view text) {
    std::vector<Token> tokens;
    UErrorCode status = U_ZERO_ERROR;
    UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
    if (U_FAILURE(status))
        return tokens;
    iterator_->setText(utext, status);
    if (U_SUCCESS(status)) {
        int32_t begin = iterator_->first();
        for (int32_t end = iterator_->next(); end != icu::BreakIterator::DONE;
             begin = end, end = iterator_->next()) {
            const int32_t rule = iterator_->getRuleStatus();
            auto first = static_cast<std::size_t>(begin);
            auto last = static_cast<std::size_t>(end);
            trim_format_characters(text, first, last);
            if (first == last)
                continue;
            if (rule >= UBRK_WORD_LETTER) { // letters, kana and ideographs
                split_at_narrow_spaces(text, first, last, tokens);
            } else if (rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT) {
                tokens.push_back({static_cast<std::uint32_t>(first),
                                  static_cast<std::uint32_t>(last), TokenKind::number});
            }
        }
    }
    // The iterator keeps a pointer to the UText: detach it before closing.
    UText* empty = utext_openUTF8(nullptr, "", 0, &status);
    iterator_->setText(empty, status);
    utext_close(utext);
    utext_close(empty);
    return tokens;
}

} // namespace medloc
