#include "language/number_finder.h"

#include "language/normalization.h"
#include "text/utf8.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include <unicode/numfmt.h>
#include <unicode/rbnf.h>

namespace medloc {

namespace {

bool is_group_space(std::string_view between) {
    return between == " " || between == "\u00A0" || between == "\u202F" || between == "\u2009";
}

bool is_compound_hyphen(std::string_view between) {
    return between == "-" || between == "\u2011" || between == "-et-";
}

// The value of two hyphen-joined number words, when they make one: quatre-vingt (4 × 20),
// soixante-dix (60 + 10), dix-sept; "deux-trois" (two or three) does not.
std::optional<double> join_compound(double left, double right) {
    if ((right == 20 || right == 100) && left < right)
        return left * right;
    if (left > right && std::fmod(left, 10) == 0)
        return left + right;
    return std::nullopt;
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
            if (value == 1)
                one_ = fold_case(text); // only inside compounds: vingt-et-un, twenty-one
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
            const std::string folded = fold_case(token.in(text));
            auto word = words_.find(folded);
            const bool is_one = folded == one_;
            if (word == words_.end() && !is_one)
                continue;
            const double value = is_one ? 1 : word->second;
            // "cinquante-cinq", "ninety-five", "quatre-vingt-dix", "twenty-one": one number.
            if (!found.empty() && found.back().spelled_out &&
                is_compound_hyphen(text.substr(found.back().end, token.begin - found.back().end))) {
                NumberMention& previous = found.back();
                if (auto joined = join_compound(previous.value, value)) {
                    previous.value = *joined;
                    previous.end = token.end;
                    continue;
                }
            }
            if (!is_one)
                found.push_back({value, token.begin, token.end, true});
            continue;
        }
        // "K1", "IC95": a name with digits, not a number.
        if (const char first = text[token.begin]; first < '0' || first > '9')
            continue;
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
        if (!std::isfinite(value)) // "5E55555": past what a double holds, no amount
            continue;
        found.push_back({value, token.begin, end, false});
    }
    return found;
}

} // namespace medloc
