#include "language/word_tokenizer.h"

#include <stdexcept>

#include <unicode/brkiter.h>
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
            tokens.push_back({start, found, TokenKind::word});
        start = found + (found < end ? narrow.size() : 0);
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
            if (rule >= UBRK_WORD_LETTER) { // letters, kana and ideographs
                split_at_narrow_spaces(text, static_cast<std::size_t>(begin),
                                       static_cast<std::size_t>(end), tokens);
            } else if (rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT) {
                tokens.push_back({static_cast<std::size_t>(begin), static_cast<std::size_t>(end),
                                  TokenKind::number});
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
