#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace medloc {

// How a locale writes numbers, read from ICU's CLDR data once per locale and shared by
// every thread: separators (DecimalFormatSymbols), cardinal number words of every
// spell-out rule set with their genders and cases (RuleBasedNumberFormat), the suffixes
// of ordinals written in digits ("1st", "1er", "2e", "1.º", "1º"), month names
// (DateFormatSymbols), the words of "A and B" and "A or B" (ListFormatter). Nothing here
// is written by hand, so that a locale no code names (pt-BR, nl, pl) is read as well as
// French.
struct LocaleNumbers {
    std::string locale;
    std::string decimal_separator;  // "," in French, "." in English
    std::string grouping_separator; // U+202F in French, "," in English, "." in German
    // Spell-outs of 0 to 1000 and the round numbers above, compacted (case-folded, without
    // spaces, hyphens and soft hyphens): "vingtetun" (vingt-et-un) -> 21, "fünfundzwanzig"
    // -> 25, "treintaycinco" -> 35.
    std::unordered_map<std::string, double> cardinals;
    // Every word of those spell-outs ("vingt", "et", "un", "cinco", "y"): a run of them may
    // be one number ("cent trente six") and is looked up or parsed as a whole.
    std::unordered_set<std::string> cardinal_words;
    // The forms of one ("un", "une", "one", "ein", "einen", "uno", "um"): also articles, so
    // a number only inside a compound or before a unit.
    std::unordered_set<std::string> ones;
    std::vector<std::string> ordinal_suffixes; // longest first
    std::unordered_set<std::string> months;    // case-folded, wide and abbreviated, no final '.'
    std::vector<std::string> am_pm;            // "am", "pm": case-folded, without dots
    // The words that scale a number written in digits: "thousand", "mille", "Millionen".
    std::unordered_map<std::string, double> scales;
    // "and", "or", "und", "oder", "y", "o": the words of CLDR's list patterns of two, which
    // join the two ends of a range too ("between 2 and 3 million", "2 ou 3 comprimés").
    std::vector<std::string> list_joiners;

    // The value of a compacted run of number words, or a negative number when it is none.
    double cardinal(const std::string& compacted) const;
    // ICU's rule-based parse of number words in every cardinal rule set: the value when
    // the whole text is one number ("two thousand five hundred"), otherwise negative.
    double parse_spelled(std::string_view text) const;
};

// The data of a locale ("fr-FR", "de", "pt-BR"), built on first use (thread-safe).
const LocaleNumbers& locale_numbers(const std::string& locale);

// Case-folded text without spaces, hyphens, soft hyphens and apostrophes: the key under
// which spelled-out numbers are compared.
std::string compact_number_words(std::string_view text);

} // namespace medloc
