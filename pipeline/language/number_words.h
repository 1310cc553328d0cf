#pragma once

#include <optional>
#include <string_view>

namespace medloc {

struct LocaleNumbers;

// What CLDR lacks about numbers, written by hand in one table per kind and read by the
// number reader (language/number_finder.h) and the dose reader (dosage/dose_finder.h).
// Everything else comes from CLDR through locale_numbers.h: the forms of one, the
// cardinal words under a count suffix ("four" of "fourfold"), and "and" and "or" as the
// joints of a range (CLDR's list patterns), so a locale without an entry here still
// reads "2 y 3", "2 oder 3".

// How a count word is used.
enum class CountUse {
    before_unit,   // CLDR's forms of one: "un comprimé", "a day"; articles as often as numbers
    as_frequency,  // "once", "twice", "zweimal": a number of times
    as_multiplier, // "double", "fourfold", "vierfach", "triplo": a factor
    as_pair,       // "both", "beide", "ambos", "entrambi": the two of something
};

struct Count {
    double value = 0;
    CountUse use = CountUse::before_unit;
};

// The count a case-folded word stands for in `language` ("en", "fr", "de"): a word of
// the table, a form of one, or a cardinal word with a count suffix ("fourfold",
// "zweimal", "dreifach").
std::optional<Count> count_word(std::string_view word, std::string_view language);
// The same with the locale's data at hand (`numbers` of a locale of `language`), which
// spares a lookup per word.
std::optional<Count> count_word(std::string_view word, std::string_view language,
                                const LocaleNumbers& numbers);

// Whether the text between two numbers joins them into a range in `language`: a dash
// ("2-3", "2 – 3"), the language's "to" ("2 to 3", "2 à 3", "2 bis 3"), or its "and" and
// "or" ("between 2 and 3", "2 oder 3").
bool is_range_word(std::string_view between, std::string_view language);

} // namespace medloc
