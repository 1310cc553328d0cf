#include "dosage/dose.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace medloc {

namespace {

std::string format_number(double value) {
    std::ostringstream out;
    out.precision(10);
    out << value;
    return out.str();
}

// "per day", "per dose": a rate that a sentence may state apart from the amount ("un
// comprimé de 0,5 g par prise" / "one 500 mg tablet per dose"). Per kilogram or per litre
// changes what the amount is and is never dropped.
bool is_optional_denominator(const UnitPart& part) {
    const std::string_view dimension = part.definition->dimension;
    return dimension == "time" || dimension == "dose";
}

// The unit to compare: the whole unit, or, when the other side wrote fewer parts and
// what this side adds is rates over time or doses, the parts the other side wrote.
MatchedUnit comparable(const MatchedUnit& unit, const MatchedUnit& other) {
    const std::size_t kept = other.parts.size();
    if (unit.parts.size() <= kept ||
        !std::all_of(unit.parts.begin() + static_cast<std::ptrdiff_t>(kept), unit.parts.end(),
                     is_optional_denominator))
        return unit;
    MatchedUnit prefix;
    prefix.parts.assign(unit.parts.begin(), unit.parts.begin() + static_cast<std::ptrdiff_t>(kept));
    return prefix;
}

} // namespace

std::vector<double> Dose::values() const {
    if (low == high)
        return {low};
    return {low, high};
}

// Decimals of a value as written: 70 has none, 70.1 one.
int decimals(double value) {
    const std::string text = format_number(value);
    const std::size_t point = text.find('.');
    return point == std::string::npos ? 0 : static_cast<int>(text.size() - point - 1);
}

// Whether the less precise of two values is the other rounded: "70 %" for "70,1 %".
bool rounded_alike(double x, double y) {
    const int digits = std::min(decimals(x), decimals(y));
    if (decimals(x) == decimals(y) || digits > 6)
        return false;
    const double scale = std::pow(10.0, digits);
    return std::round(x * scale) == std::round(y * scale);
}

bool same_amount(const Dose& a_dose, double a_value, const Dose& b_dose, double b_value) {
    const MatchedUnit a = comparable(a_dose.unit, b_dose.unit);
    const MatchedUnit b = comparable(b_dose.unit, a_dose.unit);
    const std::string dimension = a.dimension();
    if (dimension != b.dimension())
        return false;
    const double x = a_value * a.factor() + a.offset();
    const double y = b_value * b.factor() + b.offset();
    if (x == y) // also when both overflowed to infinity, where x - y is NaN
        return true;
    const double difference = std::fabs(x - y);
    const double scale = std::max(std::fabs(x), std::fabs(y));
    if (a.symbol() == b.symbol())
        // A statistic or a measurement rounded by the translator is the same; a dose is not.
        return difference <= 1e-9 * std::max(1.0, scale) ||
               (!is_dose(a_dose) && !is_dose(b_dose) && rounded_alike(x, y));
    if (dimension == "temperature")
        return difference <= 0.3;
    // "quinze jours", "otto giorni", "ocho días": French, Italian and Spanish count a
    // week of days inclusively (15 days for two weeks, 8 for one).
    if (dimension == "time" &&
        ((a.symbol() == "d" && b.symbol() == "wk") || (a.symbol() == "wk" && b.symbol() == "d"))) {
        const double days = (a.symbol() == "d" ? a_value : b_value);
        const double weeks = (a.symbol() == "d" ? b_value : a_value);
        return days == 7 * weeks + 1;
    }
    return difference <= 0.01 * scale;
}

bool has_equal(const Dose& dose, double value, const std::vector<Dose>& others) {
    return std::any_of(others.begin(), others.end(), [&](const Dose& other) {
        const std::vector<double> candidates = other.values();
        return std::any_of(candidates.begin(), candidates.end(), [&](double candidate) {
            return same_amount(dose, value, other, candidate);
        });
    });
}

bool is_dose(const Dose& dose) {
    constexpr std::string_view kAmounts[] = {"mass", "volume", "unit", "substance", "equivalent"};
    constexpr std::string_view kIntakes[] = {"time", "dose"};
    const UnitDefinition& numerator = *dose.unit.parts.front().definition;
    const std::string_view dimension = numerator.dimension;
    const auto is_one_of = [](std::string_view value, const auto& list) {
        return std::find(std::begin(list), std::end(list), value) != std::end(list);
    };
    if (dimension == "times") // a frequency, not "twice as likely"
        return dose.unit.parts.size() > 1 && dose.unit.parts[1].definition->dimension == "time";
    if (is_one_of(dimension, kAmounts))
        return numerator.symbol != "kg" && numerator.symbol != "lb";
    // Counts of a dosage form: each its own dimension ("puff", "tablet", "drop"...),
    // except intakes themselves ("prise", "dose") and every measured dimension.
    constexpr std::string_view kMeasured[] = {"temperature", "pressure",  "length",
                                              "area",        "energy",    "percent",
                                              "beat",        "beat/time", "pfu"};
    return !is_one_of(dimension, kIntakes) && !is_one_of(dimension, kMeasured) &&
           !dimension.empty();
}

bool in_dose(const std::vector<Dose>& doses, std::size_t begin, std::size_t end) {
    return std::any_of(doses.begin(), doses.end(), [&](const Dose& dose) {
        return !dose.implicit && begin < dose.end && dose.begin < end;
    });
}

std::string describe(const Dose& dose) {
    std::string text = format_number(dose.low);
    if (dose.high != dose.low)
        text += "–" + format_number(dose.high);
    return text + " " + dose.unit.symbol();
}

} // namespace medloc
