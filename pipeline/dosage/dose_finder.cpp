#include "dosage/dose_finder.h"

#include "language/code_point_class.h"
#include "language/locale_numbers.h"
#include "language/normalization.h"
#include "language/number_words.h"
#include "text/ascii.h"

#include <algorithm>
#include <cmath>

namespace medloc {

namespace {

// Words that may stand between a number and its unit: "les 72 premières heures".
struct BetweenWord {
    std::string_view word;
    std::string_view language;
};
constexpr BetweenWord kBetweenWords[] = {
    {"premiers", "fr"},  {"premières", "fr"},  {"derniers", "fr"},    {"dernières", "fr"},
    {"prochains", "fr"}, {"prochaines", "fr"}, {"daily", "en"},       {"divided", "en"},
    {"equal", "en"},     {"separate", "en"},   {"consecutive", "en"},
};

// Half after a number or its unit: "one and a half hours", "une heure et demie".
struct HalfWord {
    std::string_view words;
    std::string_view language;
};
constexpr HalfWord kHalfWords[] = {
    {" and a half", "en"}, {" et demie", "fr"}, {" et demi", "fr"},  {" y media", "es"},
    {" y medio", "es"},    {" e mezzo", "it"},  {" e mezza", "it"},  {" e meia", "pt"},
    {" e meio", "pt"},     {"einhalb", "de"},   {" und halb", "de"},
};

bool is_space_at(std::string_view text, std::size_t position, std::size_t& length) {
    if (position < text.size() && text[position] == ' ') {
        length = 1;
        return true;
    }
    for (std::string_view space : {"\u00A0", "\u202F", "\u2009"}) {
        if (text.substr(position, space.size()) == space) {
            length = space.size();
            return true;
        }
    }
    return false;
}

std::string_view trim_spaces(std::string_view text) {
    std::size_t length = 0;
    while (!text.empty() && is_space_at(text, 0, length))
        text.remove_prefix(length);
    while (!text.empty()) {
        bool trimmed = false;
        for (std::size_t size : {std::size_t{1}, std::size_t{2}, std::size_t{3}}) {
            if (text.size() >= size && is_space_at(text, text.size() - size, length) &&
                length == size) {
                text.remove_suffix(size);
                trimmed = true;
                break;
            }
        }
        if (!trimmed)
            break;
    }
    return text;
}

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// "à 8 h", "8 h 30", "8h30": a time of day, not a duration.
bool is_clock_time(std::string_view text, const Dose& dose, std::string_view language) {
    if (dose.unit.parts.size() != 1 || dose.unit.parts.front().definition->surface != "h")
        return false;
    std::size_t after = dose.end;
    std::size_t length = 0;
    if (is_space_at(text, after, length))
        after += length;
    if (after + 1 < text.size() && is_digit(text[after]) && is_digit(text[after + 1]))
        return true;
    if (language == "fr") {
        std::string_view before = trim_spaces(text.substr(0, dose.begin));
        return before.ends_with(" à") || before == "à" || before.ends_with("\u00A0à");
    }
    return false;
}

// Where a unit may start after a number: right after it, after one space, after a
// hyphen in English ("a 500-mg tablet"), after a word such as "premières" or "daily", or
// after a closing bracket.
std::optional<MatchedUnit> unit_after(std::string_view text, std::size_t position,
                                      std::string_view language) {
    if (auto unit = match_unit(text, position, language))
        return unit;
    // "17,1 (écart type 6,6) jours": the unit after an aside closes.
    if (position < text.size() && (text[position] == ')' || text[position] == ']'))
        ++position;
    std::size_t length = 0;
    if (language == "en" && position < text.size() && text[position] == '-')
        return match_unit(text, position + 1, language);
    if (!is_space_at(text, position, length))
        return std::nullopt;
    position += length;
    if (auto unit = match_unit(text, position, language))
        return unit;
    for (const BetweenWord& between : kBetweenWords)
        if (between.language == language &&
            text.substr(position, between.word.size()) == between.word &&
            is_space_at(text, position + between.word.size(), length))
            return match_unit(text, position + between.word.size() + length, language);
    return std::nullopt;
}

// "d’une", "l'un": the word after an elision.
std::pair<std::string, std::size_t> after_elision(std::string_view text, const Token& token) {
    std::string_view word = token.in(text);
    std::size_t begin = token.begin;
    for (std::string_view apostrophe : {"'", "\u2019"}) {
        const std::size_t at = word.find(apostrophe);
        if (at != std::string_view::npos) {
            begin += at + apostrophe.size();
            word.remove_prefix(at + apostrophe.size());
        }
    }
    return {fold_case(word), begin};
}

// Length of "and a half", "et demie"… at `position`, or 0.
std::size_t half_at(std::string_view text, std::size_t position, std::string_view language) {
    for (const HalfWord& half : kHalfWords)
        if (half.language == language && has_at(text, position, half.words, true) &&
            !is_alnum_at(text, position + half.words.size()))
            return half.words.size();
    return 0;
}

// The definition that stands for a count of times in `language`: its word if it has one.
const UnitDefinition* times_definition(std::string_view language) {
    const UnitDefinition* any = nullptr;
    for (const UnitDefinition& definition : units_of(language)) {
        if (definition.symbol != "times")
            continue;
        if (definition.language == language)
            return &definition;
        if (any == nullptr)
            any = &definition;
    }
    return any;
}

// The numbers, plus "un", "une", "one" where they open a range: "d’un à trois ans".
std::vector<NumberMention> with_range_openers(std::string_view text,
                                              const std::vector<Token>& tokens,
                                              const std::vector<NumberMention>& numbers,
                                              std::string_view language) {
    std::vector<NumberMention> all = numbers;
    for (const Token& token : tokens) {
        if (token.kind != TokenKind::word)
            continue;
        const auto [word, begin] = after_elision(text, token);
        const auto count = count_word(word, language);
        // "a", "an" never open a range; in "l’une à 12 mois", "une" is a pronoun.
        const std::string_view elided = text.substr(token.begin, begin - token.begin);
        if (!count || count->use != CountUse::before_unit || word == "a" || word == "an" ||
            elided == "l'" || elided == "l\u2019" || elided == "L'" || elided == "L\u2019")
            continue;
        const auto next = std::find_if(numbers.begin(), numbers.end(), [&](const NumberMention& n) {
            return n.begin >= token.end;
        });
        if (next != numbers.end() &&
            is_range_word(text.substr(token.end, next->begin - token.end), language))
            all.push_back(NumberMention::at(1, begin, token.end, true));
    }
    std::sort(all.begin(), all.end(),
              [](const NumberMention& a, const NumberMention& b) { return a.begin < b.begin; });
    return all;
}

// A dose from a word such as "once a day", "fourfold", "un comprimé".
// `next` and `after_next` are the tokens after it, when there are.
std::optional<Dose> count_word_dose(std::string_view text, const Token& token, const Token* next,
                                    const Token* after_next, std::string_view language) {
    const auto [word, begin] = after_elision(text, token);
    const auto count = count_word(word, language);
    // "both" is a number of things, not of times.
    if (!count || count->use == CountUse::as_pair)
        return std::nullopt;
    Dose dose;
    dose.low = dose.high = count->value;
    dose.begin = begin;
    dose.numbers = {{begin, token.end}};
    if (count->use == CountUse::before_unit) {
        std::size_t length = 0;
        if (!is_space_at(text, token.end, length))
            return std::nullopt;
        auto unit = match_unit(text, token.end + length, language);
        // Only words: "un mg" is not how anyone writes a dose.
        if (!unit || !unit->parts.front().definition->word)
            return std::nullopt;
        dose.unit = std::move(*unit);
        dose.implicit = true;
    } else {
        const UnitDefinition* times = times_definition(language);
        if (times == nullptr)
            return std::nullopt;
        dose.unit.parts.push_back({times, begin, token.end});
        dose.unit.end = token.end;
        // "once or twice a day": a range of counts.
        if (next != nullptr && after_next != nullptr && next->kind == TokenKind::word &&
            is_range_word(text.substr(token.end, after_next->begin - token.end), language)) {
            const auto other = count_word(fold_case(after_next->in(text)), language);
            if (other && other->use == count->use && other->value > count->value) {
                dose.high = other->value;
                dose.numbers.push_back({after_next->begin, after_next->end});
                dose.unit.end = after_next->end;
            }
        }
        add_denominators(text, dose.unit, language);
        // "once a day", "twice as likely" are doses; "twice after the vaccine" may be,
        // "at once" is not: such a word confirms a match and is never reported.
        if (count->use == CountUse::as_frequency && dose.unit.parts.size() == 1 &&
            dose.high == dose.low && text.substr(token.end, 4) != " as ")
            dose.implicit = true;
    }
    dose.end = dose.unit.end;
    return dose;
}

} // namespace

std::vector<Dose> find_doses(std::string_view text, const std::vector<Token>& tokens,
                             const std::vector<NumberMention>& found_numbers,
                             std::string_view language) {
    const std::vector<NumberMention> numbers =
        with_range_openers(text, tokens, found_numbers, language);
    std::vector<Dose> doses;
    for (std::size_t i = 0; i < numbers.size(); ++i) {
        NumberMention first = numbers[i];
        // Ordinals, dates, clock times, list markers and names' digits are no amounts.
        if (first.kind != NumberKind::cardinal && first.kind != NumberKind::year)
            continue;
        Dose dose;
        dose.begin = first.begin;
        dose.low = dose.high = first.value;
        dose.numbers = {{first.begin, first.end}};
        // "one and a half hours": the half before the unit.
        if (const std::size_t half = half_at(text, first.end, language)) {
            dose.low = dose.high = first.value + 0.5;
            first.end += half;
        }
        auto unit = unit_after(text, first.end, language);
        std::size_t consumed = i;
        bool spelled_out = first.spelled_out;
        if (!unit && i + 1 < numbers.size() &&
            (numbers[i + 1].kind == NumberKind::cardinal ||
             numbers[i + 1].kind == NumberKind::year) &&
            is_range_word(text.substr(first.end, numbers[i + 1].begin - first.end), language)) {
            const NumberMention& second = numbers[i + 1];
            unit = unit_after(text, second.end, language);
            if (unit) {
                dose.high = second.value;
                dose.numbers.push_back({second.begin, second.end});
                consumed = i + 1;
                spelled_out = second.spelled_out;
            }
        }
        if (!unit || (spelled_out && unit->parts.front().definition->needs_digits))
            continue;
        dose.unit = std::move(*unit);
        dose.end = dose.unit.end;
        if (is_clock_time(text, dose, language))
            continue;
        // "une heure et demie", "deux heures et demie": the half after the unit.
        if (const std::size_t half = half_at(text, dose.end, language);
            half > 0 && dose.unit.parts.size() == 1) {
            dose.low += 0.5;
            dose.high += 0.5;
            dose.end += half;
            dose.unit.end = dose.end;
        }
        doses.push_back(std::move(dose));
        i = consumed;
    }
    for (std::size_t t = 0; t < tokens.size(); ++t) {
        const Token& token = tokens[t];
        if (token.kind != TokenKind::word)
            continue;
        // Not a word that opened a range read above ("un à trois ans").
        const bool taken = std::any_of(doses.begin(), doses.end(), [&](const Dose& dose) {
            return dose.begin < token.end && token.begin < dose.end;
        });
        if (taken)
            continue;
        const Token* next = t + 1 < tokens.size() ? &tokens[t + 1] : nullptr;
        const Token* after_next = t + 2 < tokens.size() ? &tokens[t + 2] : nullptr;
        if (auto dose = count_word_dose(text, token, next, after_next, language))
            doses.push_back(std::move(*dose));
    }
    std::sort(doses.begin(), doses.end(),
              [](const Dose& a, const Dose& b) { return a.begin < b.begin; });
    return doses;
}

} // namespace medloc
