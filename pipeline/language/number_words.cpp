#include "language/number_words.h"

#include "language/locale_numbers.h"
#include "text/number_spaces.h"

#include <algorithm>
#include <iterator>
#include <string>

namespace medloc {

namespace {

// Words that are a count by themselves, case-folded; an empty language is every one.
struct CountWord {
    std::string_view word;
    std::string_view language;
    double value;
    CountUse use;
};
constexpr CountWord kCountWords[] = {
    {"a", "en", 1, CountUse::before_unit},
    {"an", "en", 1, CountUse::before_unit},
    {"once", "en", 1, CountUse::as_frequency},
    {"twice", "en", 2, CountUse::as_frequency},
    {"thrice", "en", 3, CountUse::as_frequency},
    {"both", "en", 2, CountUse::as_pair},
    {"beide", "de", 2, CountUse::as_pair},
    {"beiden", "de", 2, CountUse::as_pair},
    {"beider", "de", 2, CountUse::as_pair},
    {"beides", "de", 2, CountUse::as_pair},
    {"ambos", "es", 2, CountUse::as_pair},
    {"ambas", "es", 2, CountUse::as_pair},
    {"entrambi", "it", 2, CountUse::as_pair},
    {"entrambe", "it", 2, CountUse::as_pair},
    {"ambedue", "it", 2, CountUse::as_pair},
    {"ambos", "pt", 2, CountUse::as_pair},
    {"ambas", "pt", 2, CountUse::as_pair},
    {"beide", "nl", 2, CountUse::as_pair},
    {"beiden", "nl", 2, CountUse::as_pair},
    {"double", "en", 2, CountUse::as_multiplier},
    {"double", "fr", 2, CountUse::as_multiplier},
    {"doubled", "en", 2, CountUse::as_multiplier},
    {"doublé", "fr", 2, CountUse::as_multiplier},
    {"doublée", "fr", 2, CountUse::as_multiplier},
    {"doublés", "fr", 2, CountUse::as_multiplier},
    {"doppelt", "de", 2, CountUse::as_multiplier},
    {"doble", "es", 2, CountUse::as_multiplier},
    {"doppio", "it", 2, CountUse::as_multiplier},
    {"doppia", "it", 2, CountUse::as_multiplier},
    {"dobro", "pt", 2, CountUse::as_multiplier},
    {"triple", "en", 3, CountUse::as_multiplier},
    {"triple", "fr", 3, CountUse::as_multiplier},
    {"triple", "es", 3, CountUse::as_multiplier},
    {"tripled", "en", 3, CountUse::as_multiplier},
    {"triplé", "fr", 3, CountUse::as_multiplier},
    {"triplo", "it", 3, CountUse::as_multiplier},
    {"triplo", "pt", 3, CountUse::as_multiplier},
    {"quadruple", "en", 4, CountUse::as_multiplier},
    {"quadruple", "fr", 4, CountUse::as_multiplier},
    {"quadrupled", "en", 4, CountUse::as_multiplier},
    {"quadruplé", "fr", 4, CountUse::as_multiplier},
    {"quintuple", "en", 5, CountUse::as_multiplier},
    {"quintuple", "fr", 5, CountUse::as_multiplier},
    {"quintupled", "en", 5, CountUse::as_multiplier},
    {"quintuplé", "fr", 5, CountUse::as_multiplier},
};

// A cardinal word with one of these glued after it is a count: "fourfold", "zweimal".
struct CountSuffix {
    std::string_view suffix;
    std::string_view language;
    CountUse use;
};
constexpr CountSuffix kCountSuffixes[] = {
    {"fold", "en", CountUse::as_multiplier},   {"mal", "de", CountUse::as_frequency},
    {"fach", "de", CountUse::as_multiplier},   {"maal", "nl", CountUse::as_frequency},
    {"voudig", "nl", CountUse::as_multiplier},
};

// The words for "to" between the ends of a range; an empty language is every one.
struct RangeWord {
    std::string_view word;
    std::string_view language;
};
constexpr RangeWord kRangeWords[] = {
    {"-", ""},   {"\u2011", ""}, {"–", ""},   {"—", ""},   {"\u2212", ""}, {"to", "en"},
    {"à", "fr"}, {"bis", "de"},  {"a", "es"}, {"a", "it"}, {"a", "pt"},    {"tot", "nl"},
};

} // namespace

std::optional<Count> count_word(std::string_view word, std::string_view language) {
    return count_word(word, language, locale_numbers(std::string(language)));
}

std::optional<Count> count_word(std::string_view word, std::string_view language,
                                const LocaleNumbers& data) {
    for (const CountWord& count : kCountWords)
        if ((count.language.empty() || count.language == language) && word == count.word)
            return Count{count.value, count.use};
    if (data.ones.contains(compact_number_words(word)))
        return Count{1, CountUse::before_unit};
    for (const CountSuffix& suffix : kCountSuffixes) {
        if (suffix.language != language || word.size() <= suffix.suffix.size() ||
            !word.ends_with(suffix.suffix))
            continue;
        const double value =
            data.cardinal(compact_number_words(word.substr(0, word.size() - suffix.suffix.size())));
        if (value >= 0)
            return Count{value, suffix.use};
    }
    return std::nullopt;
}

bool is_range_word(std::string_view between, std::string_view language) {
    const std::string_view word = trim_spaces(between);
    if (word.empty())
        return false;
    if (std::any_of(std::begin(kRangeWords), std::end(kRangeWords), [&](const RangeWord& r) {
            return (r.language.empty() || r.language == language) && word == r.word;
        }))
        return true;
    // Only a word between spaces: "2,3" is a decimal, not "2 and 3".
    if (word.size() == between.size())
        return false;
    const LocaleNumbers& data = locale_numbers(std::string(language));
    return std::find(data.list_joiners.begin(), data.list_joiners.end(), word) !=
           data.list_joiners.end();
}

} // namespace medloc
