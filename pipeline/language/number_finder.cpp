#include "language/number_finder.h"

#include "language/code_point_class.h"
#include "language/language_profile.h"
#include "language/locale_numbers.h"
#include "language/normalization.h"
#include "language/number_words.h"
#include "text/utf8.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include <unicode/uchar.h>

namespace medloc {

namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

bool is_group_space(std::string_view between) {
    return between == " " || between == "\u00A0" || between == "\u202F" || between == "\u2009";
}

bool is_word_gap(std::string_view between) {
    return between == " " || between == "-" || between == "\u2011" || between == "\u00A0";
}

bool three_digits(std::string_view token) {
    return token.size() == 3 && std::all_of(token.begin(), token.end(), is_digit);
}

double digits_value(std::string_view digits) {
    std::string plain;
    for (char c : digits)
        if (is_digit(c))
            plain += c;
    return plain.empty() ? 0 : std::strtod(plain.c_str(), nullptr);
}

double decimal_value(std::string_view integer, std::string_view fraction) {
    const std::string text = std::string(integer.empty() ? "0" : integer) + "." +
                             std::string(fraction.empty() ? "0" : fraction);
    return std::strtod(text.c_str(), nullptr);
}

struct Reading {
    double value = 0;
    std::optional<double> alternative;
};

// Digits with '.' and ',' read in a locale whose decimal separator is `decimal`: the
// locale's way first; a separator followed by exactly three digits may also be a
// thousands group written the other way round, which is the alternative reading.
Reading read_digits(std::string_view number, char decimal) {
    const std::size_t dots =
        static_cast<std::size_t>(std::count(number.begin(), number.end(), '.'));
    const std::size_t commas =
        static_cast<std::size_t>(std::count(number.begin(), number.end(), ','));
    if (dots + commas == 0)
        return {digits_value(number), std::nullopt};
    if (dots > 0 && commas > 0) { // "1,234.5", "1.234,5": the last separator is the decimal
        const std::size_t last = number.find_last_of(".,");
        return {decimal_value(
                    std::to_string(static_cast<long long>(digits_value(number.substr(0, last)))),
                    number.substr(last + 1)),
                std::nullopt};
    }
    const char separator = dots > 0 ? '.' : ',';
    const std::size_t first = number.find(separator);
    const std::string_view integer = number.substr(0, first);
    // Every group after the first of three digits: a grouped integer ("1.000.000").
    bool grouped = integer.size() <= 3 && integer != "0";
    for (std::size_t at = first; at != std::string_view::npos && grouped;) {
        const std::size_t next = number.find(separator, at + 1);
        const std::size_t size = (next == std::string_view::npos ? number.size() : next) - at - 1;
        grouped = size == 3;
        at = next;
    }
    if (dots + commas > 1)
        return {grouped ? digits_value(number) : decimal_value(integer, ""), std::nullopt};
    const double as_decimal = decimal_value(integer, number.substr(first + 1));
    if (!grouped)
        return {as_decimal, std::nullopt};
    const double as_group = digits_value(number);
    if (separator == decimal)
        return {as_decimal, as_group};
    return {as_group, as_decimal};
}

// The numeric part at the start of a token: digits and separators followed by a digit.
std::size_t numeric_end(std::string_view text, std::size_t begin, std::size_t end) {
    std::size_t at = begin;
    while (at < end && (is_digit(text[at]) || ((text[at] == '.' || text[at] == ',') &&
                                               at + 1 < end && is_digit(text[at + 1]))))
        ++at;
    return at;
}

// A vulgar fraction (½, ¼, ⅔…) at `position`: its value and byte length.
std::optional<std::pair<double, std::size_t>> fraction_at(std::string_view text,
                                                          std::size_t position) {
    if (position >= text.size() || static_cast<unsigned char>(text[position]) < 0xC2)
        return std::nullopt;
    const utf8::Decoded d = utf8::decode(text, position);
    if (u_getIntPropertyValue(static_cast<UChar32>(d.code_point), UCHAR_NUMERIC_TYPE) !=
        U_NT_NUMERIC)
        return std::nullopt;
    const double value = u_getNumericValue(static_cast<UChar32>(d.code_point));
    if (value <= 0 || value >= 1)
        return std::nullopt;
    return std::make_pair(value, d.length);
}

std::string folded_word(std::string_view text, const Token& token) {
    return fold_case(token.in(text));
}

class Reader {
public:
    Reader(const LocaleNumbers& data, std::string_view text, const std::vector<Token>& tokens)
        : data_(data), text_(text), tokens_(tokens), language_(language_of(data.locale)),
          decimal_(data.decimal_separator == "," ? ',' : '.') {}

    std::vector<NumberMention> read() {
        for (std::size_t i = 0; i < tokens_.size(); ++i) {
            const Token& token = tokens_[i];
            if (is_digit(text_[token.begin]))
                i = read_number(i);
            else if (token.kind == TokenKind::word)
                i = read_words(i);
        }
        read_fractions();
        std::sort(found_.begin(), found_.end(),
                  [](const NumberMention& a, const NumberMention& b) { return a.begin < b.begin; });
        classify();
        share_scales();
        return std::move(found_);
    }

private:
    // Digits: groups, separators, what is glued after them. Returns the last token used.
    std::size_t read_number(std::size_t i) {
        const Token& token = tokens_[i];
        std::size_t end = numeric_end(text_, token.begin, token.end);
        std::size_t last = i;
        std::string digits(text_.substr(token.begin, end - token.begin));
        // "1 000", "2 979 408": digit groups split by a space are one number.
        while (end == tokens_[last].end && last + 1 < tokens_.size() &&
               tokens_[last + 1].kind == TokenKind::number &&
               is_group_space(text_.substr(end, tokens_[last + 1].begin - end)) &&
               three_digits(tokens_[last + 1].in(text_)) &&
               digits.find_first_of(".,") == std::string::npos) {
            digits += std::string(tokens_[last + 1].in(text_));
            end = tokens_[last + 1].end;
            ++last;
        }
        // "1 ,04", "0, 001": a decimal number with a stray space, which no list writes
        // (a group of a list does not open with a zero or a separator).
        if (end == token.end && last + 1 < tokens_.size() &&
            tokens_[last + 1].kind == TokenKind::number &&
            digits.find_first_of(".,") == std::string::npos) {
            const Token& next = tokens_[last + 1];
            const std::string_view gap = text_.substr(end, next.begin - end);
            const std::string_view after = next.in(text_);
            const bool space_before =
                (gap == " ," || gap == " .") && gap.substr(1) == std::string_view(&decimal_, 1);
            const bool space_after = (gap == ", " || gap == ". ") && gap[0] == decimal_ &&
                                     after.size() >= 2 && after[0] == '0';
            if ((space_before || space_after) &&
                std::all_of(after.begin(), after.end(), is_digit)) {
                digits += decimal_;
                digits += after;
                end = next.end;
                ++last;
            }
        }
        Reading reading = read_digits(digits, decimal_);
        std::size_t begin = token.begin;
        // ",5 mg", "P = .005": a decimal written without its leading zero (not "mg.5").
        if (begin > 0 && text_[begin - 1] == decimal_ && last == i &&
            digits.find_first_of(".,") == std::string::npos && !is_alnum_before(text_, begin - 1)) {
            reading = {decimal_value("0", digits), std::nullopt};
            --begin;
        }
        if (!std::isfinite(reading.value)) // "5E55555": past what a double holds
            return last;
        NumberMention mention = NumberMention::at(reading.value, begin, end, false);
        mention.alternative = reading.alternative;
        const std::size_t token_end = last == i ? token.end : tokens_[last].end;
        const std::string_view glued = text_.substr(end, token_end - end);
        if (!glued.empty()) {
            mention.glued = true;
            if (is_ordinal_suffix(glued))
                mention.kind = NumberKind::ordinal;
            else if ((glued == "s" || glued == "'s" || glued == "\u2019s") && digits.size() == 4)
                mention.kind = NumberKind::year; // "1980s"
            else if (auto clock = glued_clock(glued, mention.value))
                mention = clock_mention(mention, *clock, token_end);
        } else if (const std::size_t suffix = ordinal_suffix_after(end)) {
            mention.kind = NumberKind::ordinal; // "1.º", "1 er" is not read
            mention.end = end;
            (void)suffix;
        }
        // "260 thousand", "4,7 millions": scaled, and still the digits as written.
        if (mention.kind == NumberKind::cardinal && !mention.glued && last + 1 < tokens_.size() &&
            tokens_[last + 1].kind == TokenKind::word &&
            is_group_space(text_.substr(mention.end, tokens_[last + 1].begin - mention.end))) {
            const auto scale = data_.scales.find(folded_word(text_, tokens_[last + 1]));
            if (scale != data_.scales.end()) {
                mention.alternative = mention.value;
                mention.value *= scale->second;
                mention.scale = scale->second;
                mention.end = tokens_[last + 1].end;
                ++last;
            }
        }
        found_.push_back(mention);
        return last;
    }

    bool is_ordinal_suffix(std::string_view glued) const {
        return std::any_of(data_.ordinal_suffixes.begin(), data_.ordinal_suffixes.end(),
                           [&](const std::string& suffix) {
                               return suffix.find_first_not_of('.') != std::string::npos &&
                                      glued == suffix;
                           });
    }

    // A suffix written after the number token, as "º" after "1." in "1.º".
    std::size_t ordinal_suffix_after(std::size_t position) const {
        for (const std::string& suffix : data_.ordinal_suffixes) {
            if (suffix.find_first_not_of('.') == std::string::npos ||
                text_.substr(position, suffix.size()) != suffix)
                continue;
            if (!is_alnum_at(text_, position + suffix.size()))
                return suffix.size();
        }
        return 0;
    }

    // "8h30", "8pm", "8am": the hour of the day, or nothing.
    std::optional<double> glued_clock(std::string_view glued, double hours) const {
        if (hours > 24 || hours != std::floor(hours))
            return std::nullopt;
        if (glued.size() == 3 && (glued[0] == 'h' || glued[0] == 'H') && is_digit(glued[1]) &&
            is_digit(glued[2]))
            return hours + ((glued[1] - '0') * 10 + (glued[2] - '0')) / 60.0;
        return after_meridiem(fold_case(glued), hours);
    }

    std::optional<double> after_meridiem(const std::string& marker, double hours) const {
        std::string plain;
        for (char c : marker)
            if (c != '.')
                plain += c;
        for (std::size_t k = 0; k < data_.am_pm.size() && k < 2; ++k)
            if (plain == data_.am_pm[k] && hours >= 1 && hours <= 12)
                return k == 1 && hours < 12 ? hours + 12 : (k == 0 && hours == 12 ? 0 : hours);
        return std::nullopt;
    }

    NumberMention clock_mention(NumberMention mention, double hours, std::size_t end) const {
        mention.kind = NumberKind::clock;
        mention.value = hours;
        mention.alternative.reset();
        mention.end = end;
        mention.glued = false;
        return mention;
    }

    // A run of number words as one number, or a count word. Returns the last token used.
    std::size_t read_words(std::size_t i) {
        if (!is_number_word(tokens_[i])) {
            read_count_word(tokens_[i]);
            return i;
        }
        std::size_t last = i;
        while (last - i < 10 && is_number_word(tokens_[last]) && last + 1 < tokens_.size() &&
               tokens_[last + 1].kind == TokenKind::word && is_number_word(tokens_[last + 1]) &&
               is_word_gap(
                   text_.substr(tokens_[last].end, tokens_[last + 1].begin - tokens_[last].end)))
            ++last;
        if (!is_number_word(tokens_[i]))
            return i;
        for (std::size_t k = last + 1; k-- > i;) {
            const std::string_view span =
                text_.substr(tokens_[i].begin, tokens_[k].end - tokens_[i].begin);
            const std::string key = compact_number_words(span);
            double value = data_.cardinal(key);
            if (value < 0 && k > i)
                value = data_.parse_spelled(span);
            if (value < 0)
                continue;
            if (k == i && data_.ones.contains(key))
                return i; // an article as often as a number
            NumberMention mention =
                NumberMention::at(value, tokens_[i].begin, tokens_[k].end, true);
            // "three million": a scale word ends the run.
            if (k > i)
                if (const auto scale = data_.scales.find(folded_word(text_, tokens_[k]));
                    scale != data_.scales.end())
                    mention.scale = scale->second;
            found_.push_back(mention);
            return k;
        }
        return i;
    }

    // "both", "twice", "fourfold", "zweimal": a count that is no numeral. The forms of one
    // are articles as often ("a day", "un comprimé"): the dose reader reads them.
    void read_count_word(const Token& token) {
        const auto count = count_word(folded_word(text_, token), language_, data_);
        if (!count || count->use == CountUse::before_unit)
            return;
        NumberMention mention = NumberMention::at(count->value, token.begin, token.end, true);
        mention.kind = NumberKind::count_word;
        found_.push_back(mention);
    }

    // "310 to 870 thousand", "de 2 à 3 millions", "one to two million": the scale word of a
    // range's second end is the first end's too, which keeps its written value as the
    // alternative reading. Only for a rising range of cardinals, so that "500 to 2 million"
    // stays 500.
    void share_scales() {
        for (std::size_t n = 0; n < found_.size(); ++n) {
            const NumberMention& second = found_[n];
            if (second.scale == 1 || second.kind != NumberKind::cardinal)
                continue;
            const double coefficient = second.value / second.scale;
            if (n > 0) {
                NumberMention& first = found_[n - 1];
                if (first.kind == NumberKind::cardinal && first.scale == 1 && first.value > 0 &&
                    first.value <= coefficient &&
                    is_range_word(text_.substr(first.end, second.begin - first.end), language_)) {
                    first.alternative = first.value;
                    first.value *= second.scale;
                    first.scale = second.scale;
                    continue;
                }
            }
            // "one to two million": a form of one that the reader left as an article.
            const auto here = token_at(second.begin);
            if (!here || coefficient < 1)
                continue;
            for (std::size_t back = 1; back <= 2 && back <= *here; ++back) {
                const Token& one = tokens_[*here - back];
                if (one.kind != TokenKind::word ||
                    !data_.ones.contains(compact_number_words(one.in(text_))) ||
                    (n > 0 && found_[n - 1].end > one.begin) ||
                    !is_range_word(text_.substr(one.end, second.begin - one.end), language_))
                    continue;
                NumberMention opener = NumberMention::at(second.scale, one.begin, one.end, true);
                opener.alternative = 1;
                opener.scale = second.scale;
                found_.insert(found_.begin() + static_cast<std::ptrdiff_t>(n), opener);
                ++n;
                break;
            }
        }
    }

    bool is_number_word(const Token& token) const {
        if (token.kind != TokenKind::word)
            return false;
        const std::string word = folded_word(text_, token);
        return data_.cardinal_words.contains(word) || data_.cardinals.contains(word);
    }

    // "½", "2½", "2 ½": a fraction on its own or added to the number before it.
    void read_fractions() {
        for (std::size_t at = 0; at < text_.size(); ++at) {
            const auto fraction = fraction_at(text_, at);
            if (!fraction)
                continue;
            const auto before = std::find_if(found_.begin(), found_.end(), [&](const auto& n) {
                return !n.spelled_out && n.kind == NumberKind::cardinal &&
                       (n.end == at || (n.end + 1 == at && text_[n.end] == ' '));
            });
            if (before != found_.end() && before->value == std::floor(before->value)) {
                before->value += fraction->first;
                before->alternative.reset();
                before->end = at + fraction->second;
            } else {
                found_.push_back(
                    NumberMention::at(fraction->first, at, at + fraction->second, false));
            }
            at += fraction->second - 1;
        }
    }

    std::optional<std::size_t> token_at(std::size_t offset) const {
        auto it = std::lower_bound(tokens_.begin(), tokens_.end(), offset,
                                   [](const Token& t, std::size_t o) { return t.begin < o; });
        if (it == tokens_.end())
            return std::nullopt;
        return static_cast<std::size_t>(it - tokens_.begin());
    }

    bool is_month(const Token& token) const {
        std::string word = folded_word(text_, token);
        return token.kind == TokenKind::word && data_.months.contains(word);
    }

    // The day of a date: a month name right after (possibly after a short word: "1 de
    // julio", "1er juillet", "1. Januar") or right before ("July 1", "Apr. 1").
    bool next_to_month(const NumberMention& number) const {
        const auto after = token_at(number.end);
        if (after) {
            if (is_month(tokens_[*after]))
                return true;
            const Token& between = tokens_[*after];
            if (between.kind == TokenKind::word && between.end - between.begin <= 3 &&
                *after + 1 < tokens_.size() && is_month(tokens_[*after + 1]))
                return true;
        }
        const auto here = token_at(number.begin);
        if (here && *here > 0) {
            const Token& before = tokens_[*here - 1];
            const std::string_view gap = text_.substr(before.end, number.begin - before.end);
            if (is_month(before) && (gap == " " || gap == ". " || gap == "\u00A0"))
                return true;
        }
        return false;
    }

    char at(std::size_t position) const { return position < text_.size() ? text_[position] : 0; }

    void classify() {
        for (std::size_t n = 0; n < found_.size(); ++n) {
            NumberMention& number = found_[n];
            if (number.kind != NumberKind::cardinal || number.spelled_out)
                continue;
            const std::string_view written = text_.substr(number.begin, number.end - number.begin);
            const bool whole = number.value == std::floor(number.value) && !number.alternative;
            const bool plain_digits =
                std::all_of(written.begin(), written.end(), [](char c) { return is_digit(c); });
            // "IL-6", "COVID-19", "peptidase-4": a name's number.
            if (number.begin >= 2 && (at(number.begin - 1) == '-') &&
                is_alnum_before(text_, number.begin - 1) && !is_digit(at(number.begin - 2))) {
                number.kind = NumberKind::identifier;
                continue;
            }
            if (number.begin >= 4 && text_.substr(number.begin - 3, 3) == "\u2011" &&
                is_alnum_before(text_, number.begin - 3) && !is_digit(at(number.begin - 4))) {
                number.kind = NumberKind::identifier;
                continue;
            }
            // "8:30": a clock time.
            if (at(number.end) == ':' && n + 1 < found_.size() &&
                found_[n + 1].begin == number.end + 1 &&
                found_[n + 1].end - found_[n + 1].begin == 2 && whole && number.value <= 24) {
                number.kind = NumberKind::clock;
                number.value += found_[n + 1].value / 60;
                number.end = found_[n + 1].end;
                found_.erase(found_.begin() + static_cast<std::ptrdiff_t>(n + 1));
                mark_meridiem(number);
                continue;
            }
            if (whole && number.value >= 1 && number.value <= 12 && mark_meridiem(number))
                continue;
            // "(1)", "2)" and "1." at the start of a block: list numbering.
            if (whole && plain_digits && written.size() <= 2 &&
                ((at(number.begin - 1) == '(' && at(number.end) == ')' && number.begin >= 1) ||
                 (first_in_text(number) && (at(number.end) == ')' || at(number.end) == '.')))) {
                number.kind = NumberKind::list_marker;
                continue;
            }
            if (plain_digits && written.size() == 4 && number.value >= 1000 &&
                number.value <= 2199 && !number.glued) {
                number.kind = NumberKind::year;
                mark_year_span(n);
                continue;
            }
            if (whole && number.value >= 1 && number.value <= 31 && next_to_month(number)) {
                number.kind = NumberKind::date;
                continue;
            }
            mark_numeric_date(n);
        }
    }

    bool first_in_text(const NumberMention& number) const {
        for (std::size_t i = 0; i < number.begin; ++i)
            if (text_[i] != ' ' && text_[i] != '\t')
                return false;
        return true;
    }

    // "8 pm", "8 p.m.": the hour of the day.
    bool mark_meridiem(NumberMention& number) {
        const auto after = token_at(number.end);
        if (!after || data_.am_pm.empty())
            return false;
        const Token& token = tokens_[*after];
        const std::string_view gap = text_.substr(number.end, token.begin - number.end);
        if (!(gap.empty() || gap == " " || gap == "\u00A0" || gap == "\u202F"))
            return false;
        // "p.m.": up to four tokens and dots.
        std::string marker;
        std::size_t end = token.end;
        for (std::size_t k = *after; k < tokens_.size() && k < *after + 2; ++k) {
            if (k > *after &&
                text_.substr(tokens_[k - 1].end, tokens_[k].begin - tokens_[k - 1].end) != ".")
                break;
            marker += fold_case(tokens_[k].in(text_));
            end = tokens_[k].end;
            const double hours =
                number.kind == NumberKind::clock ? std::floor(number.value) : number.value;
            if (auto clock = after_meridiem(marker, hours)) {
                const double minutes = number.value - std::floor(number.value);
                number.kind = NumberKind::clock;
                number.value = *clock + minutes;
                number.alternative.reset();
                number.end = at(end) == '.' ? end + 1 : end;
                return true;
            }
        }
        return false;
    }

    // "2006-16", "2006–2016", "1999/2000": the second year of a span.
    void mark_year_span(std::size_t n) {
        if (n + 1 >= found_.size())
            return;
        const NumberMention& year = found_[n];
        NumberMention& next = found_[n + 1];
        const std::string_view gap = text_.substr(year.end, next.begin - year.end);
        if (!(gap == "-" || gap == "–" || gap == "/" || gap == "\u2011") || next.spelled_out)
            return;
        const std::string_view written = text_.substr(next.begin, next.end - next.begin);
        if (written.size() == 2 && next.kind == NumberKind::cardinal) {
            next.kind = NumberKind::year;
            next.value = std::floor(year.value / 100) * 100 + next.value;
            if (next.value < year.value)
                next.value += 100;
        }
    }

    // "01/2016", "12/05/2019", "2019-05-12": numbers joined by '/', '.' or '-' with a year.
    void mark_numeric_date(std::size_t n) {
        std::size_t last = n;
        while (last + 1 < found_.size() && found_[last + 1].begin == found_[last].end + 1 &&
               (at(found_[last].end) == '/' || at(found_[last].end) == '-') &&
               !found_[last + 1].spelled_out)
            ++last;
        if (last == n)
            return;
        bool has_year = false;
        for (std::size_t k = n; k <= last; ++k) {
            const std::string_view written =
                text_.substr(found_[k].begin, found_[k].end - found_[k].begin);
            has_year = has_year ||
                       (written.size() == 4 && found_[k].value >= 1800 && found_[k].value <= 2199);
        }
        if (!has_year && last - n < 2)
            return;
        for (std::size_t k = n; k <= last; ++k)
            if (found_[k].kind == NumberKind::cardinal || found_[k].kind == NumberKind::year)
                found_[k].kind = NumberKind::date;
    }

    const LocaleNumbers& data_;
    std::string_view text_;
    const std::vector<Token>& tokens_;
    std::string language_;
    char decimal_;
    std::vector<NumberMention> found_;
};

} // namespace

bool NumberMention::reads_as(double other) const {
    const auto same = [](double a, double b) {
        return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(a));
    };
    return same(value, other) || (alternative && same(*alternative, other));
}

NumberFinder::NumberFinder(const std::string& locale) : data_(locale_numbers(locale)) {}

std::vector<NumberMention> NumberFinder::find(std::string_view text,
                                              const std::vector<Token>& tokens) const {
    return Reader(data_, text, tokens).read();
}

} // namespace medloc
