#include "language/locale_numbers.h"

#include "language/normalization.h"
#include "text/utf8.h"

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>

#include <unicode/dcfmtsym.h>
#include <unicode/dtfmtsym.h>
#include <unicode/listformatter.h>
#include <unicode/rbnf.h>

namespace medloc {

namespace {

std::string to_utf8(const icu::UnicodeString& text) {
    std::string out;
    text.toUTF8String(out);
    return out;
}

bool is_word_joiner(char32_t c) {
    return c == U' ' || c == U'-' || c == U'\u00AD' || c == U'\u2011' || c == U'\u00A0' ||
           c == U'\u202F' || c == U'\'' || c == U'\u2019';
}

// The words of a spell-out, split at spaces and hyphens (soft hyphens only join).
std::vector<std::string> words_of(std::string_view spelled) {
    std::vector<std::string> words;
    std::string word;
    for (std::size_t i = 0; i < spelled.size();) {
        const utf8::Decoded d = utf8::decode(spelled, i);
        if (d.code_point == U'\u00AD') {
        } else if (is_word_joiner(d.code_point)) {
            if (!word.empty())
                words.push_back(fold_case(word));
            word.clear();
        } else {
            word += spelled.substr(i, d.length);
        }
        i += d.length;
    }
    if (!word.empty())
        words.push_back(fold_case(word));
    return words;
}

class Builder {
public:
    explicit Builder(const std::string& locale) : icu_locale_(locale.c_str()) {
        data_.locale = locale;
    }

    LocaleNumbers build() {
        read_separators();
        read_cardinals();
        read_ordinal_suffixes();
        read_months();
        read_list_joiners();
        return std::move(data_);
    }

private:
    void read_separators() {
        UErrorCode status = U_ZERO_ERROR;
        const icu::DecimalFormatSymbols symbols(icu_locale_, status);
        if (U_FAILURE(status)) {
            data_.decimal_separator = ".";
            data_.grouping_separator = ",";
            return;
        }
        data_.decimal_separator =
            to_utf8(symbols.getConstSymbol(icu::DecimalFormatSymbols::kDecimalSeparatorSymbol));
        data_.grouping_separator =
            to_utf8(symbols.getConstSymbol(icu::DecimalFormatSymbols::kGroupingSeparatorSymbol));
    }

    void add_cardinal(const std::string& spelled, double value) {
        data_.cardinals.emplace(compact_number_words(spelled), value);
        for (std::string& word : words_of(spelled))
            data_.cardinal_words.insert(std::move(word));
    }

    // Every cardinal rule set (genders, German cases, "numbering"), 0 to 1000 and the
    // round numbers up to a billion.
    void read_cardinals() {
        UErrorCode status = U_ZERO_ERROR;
        icu::RuleBasedNumberFormat spellout(icu::URBNF_SPELLOUT, icu_locale_, status);
        if (U_FAILURE(status))
            return;
        for (int32_t set = 0; set < spellout.getNumberOfRuleSetNames(); ++set) {
            const std::string name = to_utf8(spellout.getRuleSetName(set));
            if (!name.starts_with("%spellout-cardinal") && name != "%spellout-numbering")
                continue;
            const icu::UnicodeString rule_set = spellout.getRuleSetName(set);
            const auto spell = [&](double value) {
                icu::UnicodeString words;
                icu::FieldPosition position;
                UErrorCode format_status = U_ZERO_ERROR;
                spellout.format(value, rule_set, words, position, format_status);
                return U_SUCCESS(format_status) ? to_utf8(words) : std::string();
            };
            for (int value = 0; value <= 1000; ++value)
                if (const std::string words = spell(value); !words.empty())
                    add_cardinal(words, value);
            // The plurals of the round numbers too: "deux millions", "two billion".
            for (double value : {2000.0, 10000.0, 100000.0, 1e6, 2e6, 1e9, 2e9})
                if (const std::string words = spell(value); !words.empty())
                    add_cardinal(words, value);
            // "mille", "thousand", "millions", "Millionen": the last word of a round number.
            for (double value : {1000.0, 2000.0, 1e6, 2e6, 1e9, 2e9}) {
                const double scale = value >= 1e9 ? 1e9 : value >= 1e6 ? 1e6 : 1000;
                const std::vector<std::string> words = words_of(spell(value));
                const double alone = words.empty() ? -1 : data_.cardinal(words.back());
                if (!words.empty() && (alone < 0 || alone == scale))
                    data_.scales.emplace(words.back(), scale);
            }
            if (const std::string one = spell(1); !one.empty())
                data_.ones.insert(compact_number_words(one));
        }
    }

    // "1st", "2nd" (en), "1er", "2e" (fr), "1.º" (es), "1º" (it, pt), "1." (de): what the
    // digits-ordinal rule sets write after the number.
    void read_ordinal_suffixes() {
        UErrorCode status = U_ZERO_ERROR;
        icu::RuleBasedNumberFormat ordinal(icu::URBNF_ORDINAL, icu_locale_, status);
        if (U_FAILURE(status))
            return;
        for (int32_t set = 0; set < ordinal.getNumberOfRuleSetNames(); ++set) {
            const icu::UnicodeString rule_set = ordinal.getRuleSetName(set);
            for (int value = 1; value <= 100; ++value) {
                icu::UnicodeString text;
                icu::FieldPosition position;
                UErrorCode format_status = U_ZERO_ERROR;
                ordinal.format(static_cast<int32_t>(value), rule_set, text, position,
                               format_status);
                std::string written = to_utf8(text);
                const std::size_t digits = written.find_first_not_of("0123456789");
                if (U_FAILURE(format_status) || digits == 0 || digits == std::string::npos)
                    continue;
                std::string suffix = written.substr(digits);
                if (std::find(data_.ordinal_suffixes.begin(), data_.ordinal_suffixes.end(),
                              suffix) == data_.ordinal_suffixes.end())
                    data_.ordinal_suffixes.push_back(std::move(suffix));
            }
        }
        std::sort(data_.ordinal_suffixes.begin(), data_.ordinal_suffixes.end(),
                  [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    }

    void read_months() {
        UErrorCode status = U_ZERO_ERROR;
        const icu::DateFormatSymbols symbols(icu_locale_, status);
        if (U_FAILURE(status))
            return;
        using Symbols = icu::DateFormatSymbols;
        for (auto context : {Symbols::FORMAT, Symbols::STANDALONE}) {
            for (auto width : {Symbols::WIDE, Symbols::ABBREVIATED}) {
                int32_t count = 0;
                const icu::UnicodeString* names = symbols.getMonths(count, context, width);
                for (int32_t i = 0; i < count; ++i) {
                    std::string name = fold_case(to_utf8(names[i]));
                    while (!name.empty() && name.back() == '.')
                        name.pop_back();
                    if (utf8::length(name) >= 3)
                        data_.months.insert(std::move(name));
                }
            }
        }
        int32_t count = 0;
        const icu::UnicodeString* markers = symbols.getAmPmStrings(count);
        for (int32_t i = 0; i < count; ++i) {
            std::string marker;
            for (char c : fold_case(to_utf8(markers[i])))
                if (c != '.' && c != ' ')
                    marker += c;
            if (!marker.empty())
                data_.am_pm.push_back(std::move(marker));
        }
    }

    // What CLDR writes between the two items of an "and" and an "or" list: "A and B".
    void read_list_joiners() {
        for (const UListFormatterType type : {ULISTFMT_TYPE_AND, ULISTFMT_TYPE_OR}) {
            UErrorCode status = U_ZERO_ERROR;
            const std::unique_ptr<icu::ListFormatter> lists(
                icu::ListFormatter::createInstance(icu_locale_, type, ULISTFMT_WIDTH_WIDE, status));
            if (U_FAILURE(status) || !lists)
                continue;
            const icu::UnicodeString items[] = {u"A", u"B"};
            icu::UnicodeString joined;
            lists->format(items, 2, joined, status);
            const std::string written = to_utf8(joined);
            if (U_FAILURE(status) || !written.starts_with("A") || !written.ends_with("B"))
                continue;
            std::string word;
            for (std::string& part : words_of(written.substr(1, written.size() - 2)))
                word += (word.empty() ? "" : " ") + part;
            if (!word.empty() && std::find(data_.list_joiners.begin(), data_.list_joiners.end(),
                                           word) == data_.list_joiners.end())
                data_.list_joiners.push_back(std::move(word));
        }
    }

    icu::Locale icu_locale_;
    LocaleNumbers data_;
};

// The spell-out formatter used to parse, one per locale, under a lock: parsing is rare
// (runs of words that the table does not hold) and ICU formatters are not shared safely.
struct Parser {
    std::mutex mutex;
    std::unique_ptr<icu::RuleBasedNumberFormat> spellout;
    std::vector<icu::UnicodeString> rule_sets;
};

Parser& parser_for(const std::string& locale) {
    static std::mutex mutex;
    static std::map<std::string, std::unique_ptr<Parser>> parsers;
    std::lock_guard lock(mutex);
    auto& slot = parsers[locale];
    if (!slot) {
        slot = std::make_unique<Parser>();
        UErrorCode status = U_ZERO_ERROR;
        slot->spellout = std::make_unique<icu::RuleBasedNumberFormat>(
            icu::URBNF_SPELLOUT, icu::Locale(locale.c_str()), status);
        if (U_FAILURE(status)) {
            slot->spellout.reset();
        } else {
            for (int32_t set = 0; set < slot->spellout->getNumberOfRuleSetNames(); ++set) {
                const icu::UnicodeString name = slot->spellout->getRuleSetName(set);
                if (to_utf8(name).starts_with("%spellout-cardinal"))
                    slot->rule_sets.push_back(name);
            }
        }
    }
    return *slot;
}

} // namespace

std::string compact_number_words(std::string_view text) {
    std::string kept;
    for (std::size_t i = 0; i < text.size();) {
        const utf8::Decoded d = utf8::decode(text, i);
        if (!is_word_joiner(d.code_point))
            kept += text.substr(i, d.length);
        i += d.length;
    }
    return fold_case(kept);
}

double LocaleNumbers::cardinal(const std::string& compacted) const {
    const auto found = cardinals.find(compacted);
    return found == cardinals.end() ? -1 : found->second;
}

double LocaleNumbers::parse_spelled(std::string_view text) const {
    Parser& parser = parser_for(locale);
    if (!parser.spellout)
        return -1;
    std::lock_guard lock(parser.mutex);
    // Spell-out rules are written in lower case: "Mille neuf cent treize" starts a sentence.
    const std::string folded = fold_case(text);
    const icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(
        icu::StringPiece(folded.data(), static_cast<int32_t>(folded.size())));
    for (const icu::UnicodeString& rule_set : parser.rule_sets) {
        UErrorCode status = U_ZERO_ERROR;
        parser.spellout->setDefaultRuleSet(rule_set, status);
        if (U_FAILURE(status))
            continue;
        icu::Formattable result;
        icu::ParsePosition position(0);
        parser.spellout->parse(unicode, result, position);
        if (position.getIndex() != unicode.length())
            continue;
        status = U_ZERO_ERROR;
        const double value = result.getDouble(status);
        if (U_FAILURE(status) || value < 0)
            continue;
        // The parse is lenient about what it skips ("four two" reads as 402): the value
        // must spell back as the words written.
        icu::UnicodeString spelled;
        icu::FieldPosition field;
        parser.spellout->format(value, rule_set, spelled, field, status);
        std::string back;
        spelled.toUTF8String(back);
        if (U_SUCCESS(status) && compact_number_words(back) == compact_number_words(folded))
            return value;
    }
    return -1;
}

const LocaleNumbers& locale_numbers(const std::string& locale) {
    static std::mutex mutex;
    static std::map<std::string, std::unique_ptr<const LocaleNumbers>> cache;
    {
        std::lock_guard lock(mutex);
        if (auto found = cache.find(locale); found != cache.end())
            return *found->second;
    }
    auto built = std::make_unique<const LocaleNumbers>(Builder(locale).build());
    std::lock_guard lock(mutex);
    auto [it, inserted] = cache.emplace(locale, std::move(built));
    return *it->second;
}

} // namespace medloc
