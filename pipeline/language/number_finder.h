#pragma once

#include "language/word_tokenizer.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace medloc {

struct LocaleNumbers;

// What a number written in a text is: only cardinals are counts or amounts; the others
// are read so that they are compared as what they are, or not at all.
enum class NumberKind {
    cardinal,
    ordinal,     // "1st", "1er", "2e", "1.º"
    year,        // "2016", "1980s", "années 1980", the "16" of "2006-16"
    date,        // the day of "July 1", "1er juillet", "01/2016"
    clock,       // "8:30", "8h30", "8 pm": the value is the hour of the day (20.5)
    list_marker, // "(1)", "2)" and "1." opening a block
    identifier,  // "IL-6", "COVID-19", "peptidase-4": part of a name
    // "both", "twice", "fourfold", "zweimal", "beide": a word that is a count without being
    // a numeral (language/number_words.h). It may stand for a number the other side of a
    // translation writes ("both eyes" for "les deux yeux"), but a translation may as well
    // leave it out ("both men and women"): compared, never required.
    count_word,
};

struct NumberMention {
    double value = 0;
    std::size_t begin = 0; // byte range in the text
    std::size_t end = 0;
    bool spelled_out = false; // "deux", "two", "fünfundzwanzig"
    NumberKind kind = NumberKind::cardinal;
    // Another reading of an ambiguous separator: "1.000" is 1000 in German and 1 in
    // English; "3.872" in a French text is 3872 written the English way round.
    std::optional<double> alternative;
    bool glued = false; // letters follow the digits directly: "500mg", "2D", "3ème"
    // The scale word the number ends with or shares: 1000 for "310 thousand" and for the
    // "310" of "310 to 870 thousand" (whose value is then 310000, and 310 the alternative).
    double scale = 1;

    static NumberMention at(double value, std::size_t begin, std::size_t end, bool spelled_out) {
        NumberMention mention;
        mention.value = value;
        mention.begin = begin;
        mention.end = end;
        mention.spelled_out = spelled_out;
        return mention;
    }
    // Whether it reads as `other`, in its first reading or its alternative.
    bool reads_as(double other) const;
};

// The one reader of numbers of medloc: every number of a text the way its locale writes
// it, with ICU's CLDR data for that locale (language/locale_numbers.h) and no table of
// its own, so that any locale works. Digits with the locale's separators ("2,5" in
// French, "2.5" in English, "1 000", "1,000", "1.000" in German) and the other
// convention as an alternative reading; digit groups split by (no-break, narrow, thin)
// spaces; number words of every spell-out rule set, runs of them as one number ("cent
// trente six", "treinta y cinco", "twenty-one"), parsed by ICU's rule-based format
// when the table does not hold them; vulgar fractions ("½", "2½"); scale words after
// digits ("260 thousand"), shared by both ends of a range ("310 to 870 thousand", "de 2
// à 3 millions"); count words ("both", "twice", "vierfach"). Each number has its
// kind: ordinals, years and decades, year spans written short, days of dates (CLDR
// month names), clock times, list markers and digits inside names. The forms of one
// ("un", "one", "ein") are articles too: they count only inside compounds (the dose
// reader reads "un comprimé"). Not thread-safe: one per thread.
class NumberFinder {
public:
    explicit NumberFinder(const std::string& locale);

    std::vector<NumberMention> find(std::string_view text, const std::vector<Token>& tokens) const;

    const LocaleNumbers& data() const { return data_; }

private:
    const LocaleNumbers& data_;
};

} // namespace medloc
