#pragma once

#include "dosage/unit_table.h"
#include "language/url_ranges.h"

#include <string>
#include <string_view>
#include <vector>

namespace medloc {

// A quantity written in a text: a number or a range and its unit ("15 mg/kg",
// "2 à 3 comprimés", "toutes les six heures", "twice a day").
struct Dose {
    double low = 0;
    double high = 0; // equal to `low` for a single value
    MatchedUnit unit;
    std::size_t begin = 0;          // first number
    std::size_t end = 0;            // end of the unit
    std::vector<TextRange> numbers; // the numbers as written: one, or two for a range
    // "un comprimé", "a day", "once": the article or adverb reads as one, but "a" and "un"
    // are also plain articles, so such a dose confirms a match and is never reported.
    bool implicit = false;

    std::string_view in(std::string_view text) const { return text.substr(begin, end - begin); }
    std::vector<double> values() const; // low, and high when it differs
};

// Whether two written quantities are the same amount: same dimension and, in the same
// unit, the same value; across units (g and mg, °C and °F) the converted values may
// differ by rounding, 1 % (0.3 °C for temperatures). A rate over time or doses that one
// side writes and the other leaves out ("0,5 g par prise", "500 mg") is not compared;
// a rate per kilogram or per litre always is.
bool same_amount(const Dose& a, double a_value, const Dose& b, double b_value);

// Whether `value` of `dose` equals some value of one of `others`.
bool has_equal(const Dose& dose, double value, const std::vector<Dose>& others);

// Whether a quantity is a dose in the strict sense, whose absence from a translation is
// an error by itself: an amount of a medicine (mass, volume, units, substance,
// equivalents, and their rates: "15 mg/kg/j"), a count of a dosage form ("deux
// bouffées", "3 tablets"), or a frequency ("3 times a day"). Body weights ("70 kg"),
// durations, temperatures, percentages, multipliers ("twice as likely") and counts of
// intakes without an amount ("entre deux prises", "3 doses") are quantities that are
// compared when both sides write one of their kind, never required alone.
bool is_dose(const Dose& dose);

// Whether [begin, end) overlaps one of `doses` (not counting implicit ones).
bool in_dose(const std::vector<Dose>& doses, std::size_t begin, std::size_t end);

// "15 mg/kg", "2–3 mg": the amount in machine form for messages.
std::string describe(const Dose& dose);

} // namespace medloc
