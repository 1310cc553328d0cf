#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace medloc {

enum class TokenKind { word, number };

// A word or number found by ICU word segmentation; offsets are UTF-8 byte offsets into
// the segmented text. Spaces and punctuation are not tokens.
// Offsets are 32-bit, as ICU's break iterator's are: a check keeps the tokens of every block
// of an article, and one big article has millions of them.
struct Token {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    TokenKind kind = TokenKind::word;

    std::string_view in(std::string_view text) const { return text.substr(begin, end - begin); }
};

// ICU word segmentation for one locale, working directly on UTF-8 (UText) so that
// offsets need no conversion. Not thread-safe: one per thread or per file.
class WordTokenizer {
public:
    explicit WordTokenizer(const std::string& locale);
    ~WordTokenizer();
    WordTokenizer(const WordTokenizer&) = delete;
    WordTokenizer& operator=(const WordTokenizer&) = delete;

    std::vector<Token> tokenize(std::string_view text);

private:
    std::unique_ptr<icu::BreakIterator> iterator_;
};

} // namespace medloc
