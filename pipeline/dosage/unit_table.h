#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace medloc {

// Notations that published lists of error-prone abbreviations warn against; the medical
// rules read them from the unit that matched.
enum class UnitNotation {
    plain,
    units_letter,        // "U": read as 0 or 4
    international_units, // "UI", "IU": read as IV or 10
    cubic_centimetre,    // "cc": read as U; write mL
    microgram_symbol,    // "µg": read as mg
    microgram_mcg,       // "mcg": the notation ISMP recommends, which a project may not use
};

// One way of writing a unit: a symbol ("mg", matched exactly) or a word ("heure",
// matched without regard to ASCII case). `factor` and `offset` convert a value to the
// dimension's base unit: base = value * factor + offset.
struct UnitDefinition {
    std::string_view surface;
    std::string_view language; // "fr", "en" or empty for every language
    std::string_view symbol;   // canonical symbol: "mg", "mL", "IU", "h"
    std::string_view dimension;
    double factor = 1;
    double offset = 0;
    bool word = false;
    UnitNotation notation = UnitNotation::plain;
    // "deux unités d’hémodialyse": with a number in words, the word is more often
    // something else; only "10 unités" counts.
    bool needs_digits = false;
};

// A unit as written after a number: one unit or a ratio ("mg/kg", "mg par kg et par
// jour", "times a day"), with its parts' positions in the text.
struct UnitPart {
    const UnitDefinition* definition = nullptr;
    std::size_t begin = 0;
    std::size_t end = 0;
};

struct MatchedUnit {
    std::vector<UnitPart> parts; // numerator first, then denominators
    std::size_t end = 0;         // byte just after the unit expression

    std::string symbol() const;    // "mg/kg/d"
    std::string dimension() const; // "mass/mass/time"
    double factor() const;
    double offset() const; // only single units have one (°F)
};

// The unit expression that starts at `position` (no leading space), in `language`
// ("fr", "en"; empty accepts every language's words). Longest match wins; a unit must
// end at a word boundary.
std::optional<MatchedUnit> match_unit(std::string_view text, std::size_t position,
                                      std::string_view language);

// Extends `unit` with the denominators written after it ("/kg", " par jour", " daily").
void add_denominators(std::string_view text, MatchedUnit& unit, std::string_view language);

// A unit written in machine form, as in a dose element's `unit` attribute: the whole
// string must be one unit expression, of the hand table (every language) or of the names
// `language` writes ("ans" in French).
std::optional<MatchedUnit> parse_unit(std::string_view text, std::string_view language = {});

// The hand-written table (what CLDR lacks), every language.
const std::vector<UnitDefinition>& unit_definitions();

// Every unit `language` writes: the hand table's entries for it and for every language,
// and the names CLDR has for the units it knows in that language (through ICU), built
// once per language and shared by all threads.
const std::vector<UnitDefinition>& units_of(std::string_view language);

} // namespace medloc
