#include "dosage/unit_table.h"

#include "language/code_point_class.h"
#include "text/ascii.h"

namespace medloc {

namespace {

using N = UnitNotation;

// Base units: mass g, volume mL, substance mmol, time h, temperature °C, length mm,
// pressure mmHg; counts (tablets, puffs...) are each their own dimension. Words get
// their plural in "s" for free; other plurals are listed.
std::vector<UnitDefinition> make_definitions() {
    constexpr double gram = 1;
    constexpr double hour = 1;
    constexpr double day = 24 * hour;
    return {
        // Mass.
        {"kg", "", "kg", "mass", 1000 * gram},
        {"g", "", "g", "mass", gram},
        {"mg", "", "mg", "mass", 1e-3 * gram},
        {"µg", "", "mcg", "mass", 1e-6 * gram, 0, false, N::microgram_symbol},
        {"μg", "", "mcg", "mass", 1e-6 * gram, 0, false, N::microgram_symbol}, // Greek mu
        {"mcg", "", "mcg", "mass", 1e-6 * gram, 0, false, N::microgram_mcg},
        {"ug", "", "mcg", "mass", 1e-6 * gram}, // u for µ, on keyboards without it
        {"ng", "", "ng", "mass", 1e-9 * gram},
        {"kilo", "fr", "kg", "mass", 1000 * gram, 0, true},
        {"kilogramme", "fr", "kg", "mass", 1000 * gram, 0, true},
        {"kilogram", "en", "kg", "mass", 1000 * gram, 0, true},
        {"gramme", "fr", "g", "mass", gram, 0, true},
        {"gram", "en", "g", "mass", gram, 0, true},
        {"milligramme", "fr", "mg", "mass", 1e-3 * gram, 0, true},
        {"milligram", "en", "mg", "mass", 1e-3 * gram, 0, true},
        {"microgramme", "fr", "mcg", "mass", 1e-6 * gram, 0, true},
        {"microgram", "en", "mcg", "mass", 1e-6 * gram, 0, true},
        {"lb", "en", "lb", "mass", 453.59237 * gram},
        {"lbs", "en", "lb", "mass", 453.59237 * gram},
        {"pound", "en", "lb", "mass", 453.59237 * gram, 0, true},
        {"oz", "en", "oz", "mass", 28.349523125 * gram},
        {"ounce", "en", "oz", "mass", 28.349523125 * gram, 0, true},
        // Volume.
        {"L", "", "L", "volume", 1000},
        {"l", "", "L", "volume", 1000},
        {"dL", "", "dL", "volume", 100},
        {"dl", "", "dL", "volume", 100},
        {"cL", "", "cL", "volume", 10},
        {"cl", "", "cL", "volume", 10},
        {"mL", "", "mL", "volume", 1},
        {"ml", "", "mL", "volume", 1},
        {"cc", "", "mL", "volume", 1, 0, false, N::cubic_centimetre},
        {"µL", "", "µL", "volume", 1e-3},
        {"μL", "", "µL", "volume", 1e-3},
        {"litre", "", "L", "volume", 1000, 0, true},
        {"liter", "en", "L", "volume", 1000, 0, true},
        {"millilitre", "", "mL", "volume", 1, 0, true},
        {"milliliter", "en", "mL", "volume", 1, 0, true},
        {"fl oz", "en", "fl oz", "volume", 29.5735295625},
        // Amount of substance and activity.
        {"mol", "", "mol", "substance", 1000},
        {"mmol", "", "mmol", "substance", 1},
        {"µmol", "", "µmol", "substance", 1e-3},
        {"μmol", "", "µmol", "substance", 1e-3},
        {"umol", "", "µmol", "substance", 1e-3},
        {"mEq", "", "mEq", "equivalent", 1},
        {"UI", "", "IU", "unit", 1, 0, false, N::international_units},
        {"IU", "", "IU", "unit", 1, 0, false, N::international_units},
        {"U", "", "IU", "unit", 1, 0, false, N::units_letter},
        {"unité", "fr", "IU", "unit", 1, 0, true, N::plain, true},
        {"unités internationales", "fr", "IU", "unit", 1, 0, true},
        {"unité internationale", "fr", "IU", "unit", 1, 0, true},
        {"unit", "en", "IU", "unit", 1, 0, true, N::plain, true},
        // Not units of measure: "15 unités de soins" (care units). No dimension: no dose.
        {"unités de soins", "fr", "", "", 1},
        {"unité de soins", "fr", "", "", 1},
        // Plaque-forming units, before "unités" can take them.
        {"PFU", "", "PFU", "pfu", 1},
        {"unités formant plage", "fr", "PFU", "pfu", 1, 0, true},
        {"unités formatrices de plage", "fr", "PFU", "pfu", 1, 0, true},
        {"plaque-forming unit", "en", "PFU", "pfu", 1, 0, true},
        {"plaque forming unit", "en", "PFU", "pfu", 1, 0, true},
        {"international unit", "en", "IU", "unit", 1, 0, true},
        // Temperature, pressure, length, energy, ratios.
        {"°C", "", "°C", "temperature", 1},
        {"° C", "", "°C", "temperature", 1},
        {"ºC", "", "°C", "temperature", 1}, // masculine ordinal, a common typing slip
        {"\u2103", "", "°C", "temperature", 1},
        {"degré Celsius", "fr", "°C", "temperature", 1, 0, true},
        {"degrés Celsius", "fr", "°C", "temperature", 1, 0, true},
        {"degree Celsius", "en", "°C", "temperature", 1, 0, true},
        {"degrees Celsius", "en", "°C", "temperature", 1, 0, true},
        {"°F", "", "°F", "temperature", 5.0 / 9, -32 * 5.0 / 9},
        {"\u2109", "", "°F", "temperature", 5.0 / 9, -32 * 5.0 / 9},
        {"degrees Fahrenheit", "en", "°F", "temperature", 5.0 / 9, -32 * 5.0 / 9, true},
        {"mmHg", "", "mmHg", "pressure", 1},
        {"mm Hg", "", "mmHg", "pressure", 1},
        {"cmH2O", "", "cmH2O", "pressure", 0.73555912},
        {"kPa", "", "kPa", "pressure", 7.50061683},
        {"mm", "", "mm", "length", 1},
        {"cm", "", "cm", "length", 10},
        {"m²", "", "m²", "area", 1},
        {"m2", "", "m²", "area", 1},
        {"kcal", "", "kcal", "energy", 1},
        {"%", "", "%", "percent", 1},
        {"pour cent", "fr", "%", "percent", 1},
        {"percent", "en", "%", "percent", 1},
        {"per cent", "en", "%", "percent", 1},
        {"bpm", "", "bpm", "beat/time", 60 / hour},
        // Time.
        {"seconde", "fr", "s", "time", hour / 3600, 0, true},
        {"second", "en", "s", "time", hour / 3600, 0, true},
        {"min", "", "min", "time", hour / 60},
        {"minute", "", "min", "time", hour / 60, 0, true},
        {"h", "", "h", "time", hour},
        {"heure", "fr", "h", "time", hour, 0, true},
        {"hour", "en", "h", "time", hour, 0, true},
        {"hr", "en", "h", "time", hour},
        {"hrs", "en", "h", "time", hour},
        {"j", "fr", "d", "time", day},
        {"jour", "fr", "d", "time", day, 0, true},
        {"journée", "fr", "d", "time", day, 0, true},
        {"d", "en", "d", "time", day},
        {"day", "en", "d", "time", day, 0, true},
        {"semaine", "fr", "wk", "time", 7 * day, 0, true},
        {"sem", "fr", "wk", "time", 7 * day},
        {"week", "en", "wk", "time", 7 * day, 0, true},
        {"mois", "fr", "mo", "time", 30.4375 * day, 0, true},
        {"month", "en", "mo", "time", 30.4375 * day, 0, true},
        {"an", "fr", "y", "time", 365.25 * day, 0, true},
        {"année", "fr", "y", "time", 365.25 * day, 0, true},
        {"year", "en", "y", "time", 365.25 * day, 0, true},
        // Counts: each is its own dimension.
        {"fois", "fr", "times", "times", 1, 0, true},
        {"reprise", "fr", "times", "times", 1, 0, true}, // "à trois reprises"
        {"times", "en", "times", "times", 1},            // not "time": "three time points"
        {"fold", "en", "times", "times", 1, 0, true},    // "a 100-fold rise"
        {"bouffée", "fr", "puff", "puff", 1, 0, true},
        {"puff", "en", "puff", "puff", 1, 0, true},
        {"inhalation", "", "inhalation", "inhalation", 1, 0, true},
        {"pulvérisation", "fr", "spray", "spray", 1, 0, true},
        {"spray", "en", "spray", "spray", 1, 0, true},
        {"comprimé", "fr", "tablet", "tablet", 1, 0, true},
        {"tablet", "en", "tablet", "tablet", 1, 0, true},
        {"gélule", "fr", "capsule", "capsule", 1, 0, true},
        {"capsule", "", "capsule", "capsule", 1, 0, true},
        {"goutte", "fr", "drop", "drop", 1, 0, true},
        {"drop", "en", "drop", "drop", 1, 0, true},
        {"sachet", "", "sachet", "sachet", 1, 0, true},
        {"cuillère à café", "fr", "teaspoon", "teaspoon", 1, 0, true},
        {"cuillères à café", "fr", "teaspoon", "teaspoon", 1, 0, true},
        {"cuillerée à café", "fr", "teaspoon", "teaspoon", 1, 0, true},
        {"cuillerées à café", "fr", "teaspoon", "teaspoon", 1, 0, true},
        {"teaspoon", "en", "teaspoon", "teaspoon", 1, 0, true},
        {"teaspoonful", "en", "teaspoon", "teaspoon", 1, 0, true},
        {"cuillère à soupe", "fr", "tablespoon", "tablespoon", 1, 0, true},
        {"cuillères à soupe", "fr", "tablespoon", "tablespoon", 1, 0, true},
        {"cuillerée à soupe", "fr", "tablespoon", "tablespoon", 1, 0, true},
        {"cuillerées à soupe", "fr", "tablespoon", "tablespoon", 1, 0, true},
        {"tablespoon", "en", "tablespoon", "tablespoon", 1, 0, true},
        {"tablespoonful", "en", "tablespoon", "tablespoon", 1, 0, true},
        {"dose", "", "dose", "dose", 1, 0, true},
        {"prise", "fr", "dose", "dose", 1, 0, true},
        {"suppositoire", "fr", "suppository", "suppository", 1, 0, true},
        {"suppository", "en", "suppository", "suppository", 1, 0, true},
        {"suppositories", "en", "suppository", "suppository", 1, 0, true},
        {"ampoule", "", "ampoule", "ampoule", 1, 0, true},
        {"flacon", "fr", "vial", "vial", 1, 0, true},
        {"vial", "en", "vial", "vial", 1, 0, true},
        {"patch", "", "patch", "patch", 1, 0, true},
        {"patches", "en", "patch", "patch", 1, 0, true},
        {"application", "", "application", "application", 1, 0, true},
        {"injection", "", "injection", "injection", 1, 0, true},
        {"battement", "fr", "beat", "beat", 1, 0, true},
        {"beat", "en", "beat", "beat", 1, 0, true},
    };
}

// Words that stand for "per": "2 fois par jour", "15 mg per kg", "3 times a day".
struct PerWord {
    std::string_view word;
    std::string_view language;
};
constexpr PerWord kPerWords[] = {
    {"et par", "fr"}, {"par", "fr"}, {"per", "en"}, {"a", "en"}, {"an", "en"},
};
// Words that are a ratio by themselves: "10 mg daily".
struct PerAdverb {
    std::string_view word;
    std::string_view language;
    std::string_view unit_surface; // the denominator it stands for
};
constexpr PerAdverb kPerAdverbs[] = {
    {"daily", "en", "day"},
    {"hourly", "en", "hour"},
    {"weekly", "en", "week"},
};

// A unit ends where a word would: not before a letter or a digit, nor before an
// apostrophe that elides into a word (2 l’eau); "20 weeks’ gestation" ends.
bool at_word_end(std::string_view text, std::size_t position) {
    if (position >= text.size())
        return true;
    if (is_alnum_at(text, position))
        return false;
    for (std::string_view apostrophe : {"'", "\u2019"})
        if (text.substr(position, apostrophe.size()) == apostrophe)
            return !is_alnum_at(text, position + apostrophe.size());
    return true;
}

bool applies(const UnitDefinition& unit, std::string_view language) {
    return unit.language.empty() || language.empty() || unit.language == language;
}

// The longest single unit at `position`.
std::optional<UnitPart> match_single(std::string_view text, std::size_t position,
                                     std::string_view language) {
    std::optional<UnitPart> best;
    for (const UnitDefinition& unit : unit_definitions()) {
        if (!applies(unit, language) || !has_at(text, position, unit.surface, unit.word))
            continue;
        std::size_t end = position + unit.surface.size();
        const char last = unit.surface.back();
        if (unit.word && last != 's' && last != 'x' && end < text.size() &&
            ascii_lower(text[end]) == 's' && at_word_end(text, end + 1))
            ++end;
        if (!at_word_end(text, end))
            continue;
        if (!best || end > best->end)
            best = UnitPart{&unit, position, end};
    }
    return best;
}

std::size_t skip_spaces(std::string_view text, std::size_t position) {
    for (;;) {
        if (position < text.size() && text[position] == ' ')
            ++position;
        else if (has_at(text, position, "\u00A0", false))
            position += 2;
        else if (has_at(text, position, "\u202F", false) || has_at(text, position, "\u2009", false))
            position += 3;
        else
            return position;
    }
}

// "/kg", " par kg", " a day", " daily": one denominator after `position`.
std::optional<UnitPart> match_denominator(std::string_view text, std::size_t position,
                                          std::string_view language) {
    const std::size_t after_space = skip_spaces(text, position);
    if (after_space < text.size() && text[after_space] == '/')
        return match_single(text, skip_spaces(text, after_space + 1), language);
    if (after_space == position)
        return std::nullopt;
    for (const PerWord& per : kPerWords) {
        if ((!language.empty() && per.language != language) ||
            !has_at(text, after_space, per.word, true))
            continue;
        const std::size_t word_end = after_space + per.word.size();
        const std::size_t unit_begin = skip_spaces(text, word_end);
        if (unit_begin == word_end)
            continue;
        if (auto unit = match_single(text, unit_begin, language))
            return unit;
    }
    for (const PerAdverb& adverb : kPerAdverbs) {
        if ((language.empty() || adverb.language == language) &&
            has_at(text, after_space, adverb.word, true) &&
            at_word_end(text, after_space + adverb.word.size())) {
            for (const UnitDefinition& unit : unit_definitions())
                if (unit.surface == adverb.unit_surface)
                    return UnitPart{&unit, after_space, after_space + adverb.word.size()};
        }
    }
    return std::nullopt;
}

} // namespace

const std::vector<UnitDefinition>& unit_definitions() {
    static const std::vector<UnitDefinition> definitions = make_definitions();
    return definitions;
}

std::string MatchedUnit::symbol() const {
    std::string out;
    for (const UnitPart& part : parts)
        out += (out.empty() ? "" : "/") + std::string(part.definition->symbol);
    return out;
}

std::string MatchedUnit::dimension() const {
    std::string out;
    for (const UnitPart& part : parts)
        out += (out.empty() ? "" : "/") + std::string(part.definition->dimension);
    return out;
}

double MatchedUnit::factor() const {
    double value = parts.front().definition->factor;
    for (std::size_t i = 1; i < parts.size(); ++i)
        value /= parts[i].definition->factor;
    return value;
}

double MatchedUnit::offset() const {
    return parts.size() == 1 ? parts.front().definition->offset : 0;
}

std::optional<MatchedUnit> match_unit(std::string_view text, std::size_t position,
                                      std::string_view language) {
    auto first = match_single(text, position, language);
    if (!first || first->definition->dimension.empty())
        return std::nullopt;
    MatchedUnit unit;
    unit.parts.push_back(*first);
    unit.end = first->end;
    add_denominators(text, unit, language);
    return unit;
}

void add_denominators(std::string_view text, MatchedUnit& unit, std::string_view language) {
    // Two denominators at most: mg/kg/j.
    while (unit.parts.size() < 3) {
        auto denominator = match_denominator(text, unit.end, language);
        if (!denominator)
            break;
        unit.parts.push_back(*denominator);
        unit.end = denominator->end;
    }
}

std::optional<MatchedUnit> parse_unit(std::string_view text) {
    auto unit = match_unit(text, 0, "");
    if (!unit || unit->end != text.size())
        return std::nullopt;
    return unit;
}

} // namespace medloc
