#include "language/number_finder.h"

#include "language/normalization.h"
#include "text/utf8.h"

#include <algorithm>
#include <cmath>

#include <unicode/numfmt.h>
#include <unicode/rbnf.h>

namespace medloc {

namespace {

bool is_group_space(std::string_view between) {
    return between == " " || between == "\u00A0" || between == "\u202F";
}

bool three_digits(std::string_view token) {
    return token.size() == 3 &&
           std::all_of(token.begin(), token.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

NumberFinder::NumberFinder(const std::string& locale) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale icu_locale(locale.c_str());
    format_.reset(icu::NumberFormat::createInstance(icu_locale, status));
    if (U_FAILURE(status))
        format_.reset();
    status = U_ZERO_ERROR;
    icu::RuleBasedNumberFormat spellout(icu::URBNF_SPELLOUT, icu_locale, status);
    if (U_SUCCESS(status)) {
        for (int value = 0; value <= 100; ++value) {
            icu::UnicodeString words;
            spellout.format(static_cast<int32_t>(value), words);
            std::string text;
            words.toUTF8String(text);
            // Only single words: "deux", "twenty"; "vingt-deux" is read as two tokens. Zero
            // and one are left out: "un", "une" are mostly articles, "one" a pronoun.
            if (value >= 2 && text.find_first_of(" -") == std::string::npos)
                words_.emplace(fold_case(text), value);
        }
    }
}

NumberFinder::~NumberFinder() = default;

std::vector<NumberMention> NumberFinder::find(std::string_view text,
                                              const std::vector<Token>& tokens) const {
    std::vector<NumberMention> found;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const Token& token = tokens[i];
        if (token.kind == TokenKind::word) {
            auto word = words_.find(fold_case(token.in(text)));
            if (word != words_.end())
                found.push_back({word->second, token.begin, token.end, true});
            continue;
        }
        // "1 000": digit groups separated by a (no-break) space are one number.
        std::size_t end = token.end;
        std::string digits(token.in(text));
        while (i + 1 < tokens.size() && tokens[i + 1].kind == TokenKind::number &&
               is_group_space(text.substr(end, tokens[i + 1].begin - end)) &&
               three_digits(tokens[i + 1].in(text))) {
            digits += std::string(tokens[i + 1].in(text));
            end = tokens[i + 1].end;
            ++i;
        }
        double value = 0;
        bool parsed = false;
        if (format_) {
            icu::Formattable result;
            icu::ParsePosition position(0);
            const icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(digits);
            format_->parse(unicode, result, position);
            UErrorCode status = U_ZERO_ERROR;
            if (position.getIndex() == unicode.length()) {
                value = result.getDouble(status);
                parsed = U_SUCCESS(status);
            }
        }
        if (!parsed) {
            // A number written in another locale's way ("2.5" in French): read the digits
            // before any separator, so that the mismatch still shows.
            value = std::atof(digits.c_str());
        }
        found.push_back({value, token.begin, end, false});
    }
    return found;
}

} // namespace medloc
