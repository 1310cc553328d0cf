#include "dosage/unit_table.h"

#include "language/code_point_class.h"
#include "language/normalization.h"
#include "text/ascii.h"
#include "text/utf8.h"

#include <algorithm>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <set>

#include <unicode/displayoptions.h>
#include <unicode/measunit.h>
#include <unicode/numberformatter.h>
#include <unicode/plurrule.h>

namespace medloc {

namespace {

using N = UnitNotation;

// The one hand-written table: what CLDR lacks. Symbols every language writes, medical
// units and abbreviations (IU, mEq, cmH2O), the nouns of dosage forms and counts
// (comprimé, puff, fois), and a few words CLDR does not give (année, journée, kilo).
// The names of the units CLDR knows, in every locale with their plural forms, come
// from ICU (kCldrUnits below).
//
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
        {"lb", "en", "lb", "mass", 453.59237 * gram},
        {"lbs", "en", "lb", "mass", 453.59237 * gram},
        {"oz", "en", "oz", "mass", 28.349523125 * gram},
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
        {"uL", "", "µL", "volume", 1e-3},
        {"μL", "", "µL", "volume", 1e-3},
        {"litre", "", "L", "volume", 1000, 0, true},
        {"millilitre", "", "mL", "volume", 1, 0, true},
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
        {"°F", "", "°F", "temperature", 5.0 / 9, -32 * 5.0 / 9},
        {"\u2109", "", "°F", "temperature", 5.0 / 9, -32 * 5.0 / 9},
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
        {"per cent", "en", "%", "percent", 1},
        {"bpm", "", "bpm", "beat/time", 60 / hour},
        // Time.
        {"min", "", "min", "time", hour / 60},
        {"h", "", "h", "time", hour},
        {"hr", "en", "h", "time", hour},
        {"hrs", "en", "h", "time", hour},
        {"j", "fr", "d", "time", day},
        {"journée", "fr", "d", "time", day, 0, true},
        {"d", "en", "d", "time", day},
        {"sem", "fr", "wk", "time", 7 * day},
        {"année", "fr", "y", "time", 365.25 * day, 0, true},
        // Counts: each is its own dimension.
        {"fois", "fr", "times", "times", 1, 0, true},
        {"reprise", "fr", "times", "times", 1, 0, true}, // "à trois reprises"
        {"times", "en", "times", "times", 1},            // not "time": "three time points"
        {"fold", "en", "times", "times", 1, 0, true},    // "a 100-fold rise"
        {"x", "", "times", "times", 1},                  // "3 x par jour", "3x/day"
        {"×", "", "times", "times", 1},
        {"mal", "de", "times", "times", 1, 0, true}, // "2 mal täglich", "zweimal"
        {"vez", "es", "times", "times", 1, 0, true},
        {"veces", "es", "times", "times", 1, 0, true},
        {"volta", "it", "times", "times", 1, 0, true},
        {"volte", "it", "times", "times", 1, 0, true},
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
        {"cuillerée à café", "fr", "teaspoon", "teaspoon", 1, 0, true},
        {"cuillerées à café", "fr", "teaspoon", "teaspoon", 1, 0, true},
        {"teaspoonful", "en", "teaspoon", "teaspoon", 1, 0, true},
        {"cuillerée à soupe", "fr", "tablespoon", "tablespoon", 1, 0, true},
        {"cuillerées à soupe", "fr", "tablespoon", "tablespoon", 1, 0, true},
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
// The per words of CLDR's unit patterns ("par", "pro", "por", "al", "per") come from
// ICU; these are the others.
constexpr PerWord kPerWords[] = {
    {"et par", "fr"},
    {"a", "en"},
    {"an", "en"},
};
// Words that are a ratio by themselves: "10 mg daily".
struct PerAdverb {
    std::string_view word;
    std::string_view language;
    std::string_view unit_symbol; // the denominator it stands for
};
constexpr PerAdverb kPerAdverbs[] = {
    {"daily", "en", "d"},   {"hourly", "en", "h"},    {"weekly", "en", "wk"},
    {"täglich", "de", "d"}, {"stündlich", "de", "h"}, {"wöchentlich", "de", "wk"},
};

// Units whose names CLDR has in every locale: ICU formats a quantity of each in its
// long and short forms, for a sample of every plural category of the locale, and the
// text around the number is the unit's name ("heures", "Stunden", "horas", "h").
struct CldrUnit {
    const char* identifier; // ICU MeasureUnit identifier
    std::string_view symbol;
    std::string_view dimension;
    double factor;
    double offset = 0;
};
constexpr double kHour = 1;
constexpr double kDay = 24 * kHour;
constexpr CldrUnit kCldrUnits[] = {
    {"kilogram", "kg", "mass", 1000},
    {"gram", "g", "mass", 1},
    {"milligram", "mg", "mass", 1e-3},
    {"microgram", "mcg", "mass", 1e-6},
    {"pound", "lb", "mass", 453.59237},
    {"ounce", "oz", "mass", 28.349523125},
    {"liter", "L", "volume", 1000},
    {"deciliter", "dL", "volume", 100},
    {"centiliter", "cL", "volume", 10},
    {"milliliter", "mL", "volume", 1},
    {"teaspoon", "teaspoon", "teaspoon", 1},
    {"tablespoon", "tablespoon", "tablespoon", 1},
    {"second", "s", "time", kHour / 3600},
    {"minute", "min", "time", kHour / 60},
    {"hour", "h", "time", kHour},
    {"day", "d", "time", kDay},
    {"week", "wk", "time", 7 * kDay},
    {"month", "mo", "time", 30.4375 * kDay},
    {"year", "y", "time", 365.25 * kDay},
    {"celsius", "°C", "temperature", 1},
    {"fahrenheit", "°F", "temperature", 5.0 / 9, -32 * 5.0 / 9},
    {"percent", "%", "percent", 1},
    {"kilocalorie", "kcal", "energy", 1},
    {"millimeter", "mm", "length", 1},
    {"centimeter", "cm", "length", 10},
    {"millimeter-ofhg", "mmHg", "pressure", 1},
    {"kilopascal", "kPa", "pressure", 7.50061683},
};
// Denominators whose "per" form CLDR gives ("{0} par jour", "{0} pro Tag").
constexpr const char* kCldrDenominators[] = {"day",  "hour",     "week",  "month",
                                             "year", "kilogram", "liter", "minute"};

std::string to_utf8(const icu::UnicodeString& text) {
    std::string out;
    text.toUTF8String(out);
    return out;
}

std::string_view trim_unit_spaces(std::string_view text) {
    for (;;) {
        if (text.starts_with(" "))
            text.remove_prefix(1);
        else if (text.starts_with("\u00A0"))
            text.remove_prefix(2);
        else if (text.starts_with("\u202F"))
            text.remove_prefix(3);
        else if (text.ends_with(" "))
            text.remove_suffix(1);
        else if (text.ends_with("\u00A0"))
            text.remove_suffix(2);
        else if (text.ends_with("\u202F"))
            text.remove_suffix(3);
        else
            return text;
    }
}

// The units of one language: the hand table's entries that apply to it, then CLDR's
// names, then the per words. Definitions point into `strings`, which never moves.
struct UnitCatalogue {
    std::deque<std::string> strings;
    std::vector<UnitDefinition> definitions;
    std::vector<std::string_view> per_words;
};

class CatalogueBuilder {
public:
    CatalogueBuilder(std::string_view language, const std::vector<UnitDefinition>& hand)
        : language_(language), locale_(std::string(language).c_str()), hand_(hand) {}

    std::unique_ptr<UnitCatalogue> build() {
        auto catalogue = std::make_unique<UnitCatalogue>();
        catalogue_ = catalogue.get();
        for (const UnitDefinition& unit : hand_)
            if (unit.language.empty() || language_.empty() || unit.language == language_)
                catalogue_->definitions.push_back(unit);
        if (!language_.empty()) {
            language_view_ = store(language_);
            read_samples();
            for (const CldrUnit& unit : kCldrUnits)
                add_names(unit);
            keep_unambiguous();
            for (const char* denominator : kCldrDenominators)
                add_per_word(denominator);
        }
        return catalogue;
    }

private:
    std::string_view store(std::string text) {
        catalogue_->strings.push_back(std::move(text));
        return catalogue_->strings.back();
    }

    // One value of every plural category ("one", "few", "many", "other"), and 1.5.
    void read_samples() {
        samples_ = {1, 2, 5, 1.5};
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::PluralRules> rules(icu::PluralRules::forLocale(locale_, status));
        if (U_FAILURE(status) || !rules)
            return;
        std::unique_ptr<icu::StringEnumeration> keywords(rules->getKeywords(status));
        if (U_FAILURE(status) || !keywords)
            return;
        while (const char* keyword = keywords->next(nullptr, status)) {
            double values[4];
            UErrorCode sample_status = U_ZERO_ERROR;
            const int32_t count =
                rules->getSamples(icu::UnicodeString(keyword), values, 4, sample_status);
            for (int32_t i = 0; U_SUCCESS(sample_status) && i < count; ++i)
                if (values[i] > 0 && values[i] < 1e6 &&
                    std::find(samples_.begin(), samples_.end(), values[i]) == samples_.end())
                    samples_.push_back(values[i]);
        }
    }

    // The sample value as this language writes it, formatted once.
    const std::string& number_text(double value) {
        auto [found, added] = numbers_.try_emplace(value);
        if (added) {
            UErrorCode status = U_ZERO_ERROR;
            found->second = to_utf8(icu::number::NumberFormatter::withLocale(locale_)
                                        .formatDouble(value, status)
                                        .toString(status));
            if (U_FAILURE(status))
                found->second.clear();
        }
        return found->second;
    }

    // Quantities of `unit` in a grammatical case where the language has them ("in drei
    // Tagen": dative). One formatter formats every sample: building one costs far more
    // than using it, and this runs for every unit of every language a run reads.
    icu::number::LocalizedNumberFormatter
    quantity_formatter(const icu::MeasureUnit& unit, UNumberUnitWidth width,
                       UDisplayOptionsGrammaticalCase grammatical_case =
                           UDISPOPT_GRAMMATICAL_CASE_UNDEFINED) const {
        return icu::number::NumberFormatter::withLocale(locale_)
            .unit(unit)
            .unitWidth(width)
            .displayOptions(
                icu::DisplayOptions::builder().setGrammaticalCase(grammatical_case).build());
    }

    // The unit's text around a formatted quantity, or empty when the number is not first.
    std::string name_of(const icu::number::LocalizedNumberFormatter& quantities, double value) {
        UErrorCode status = U_ZERO_ERROR;
        const std::string quantity =
            to_utf8(quantities.formatDouble(value, status).toString(status));
        const std::string& number = number_text(value);
        if (U_FAILURE(status) || number.empty() || !quantity.starts_with(number))
            return {};
        return std::string(trim_unit_spaces(std::string_view(quantity).substr(number.size())));
    }

    void add_names(const CldrUnit& cldr) {
        UErrorCode status = U_ZERO_ERROR;
        const icu::MeasureUnit unit = icu::MeasureUnit::forIdentifier(cldr.identifier, status);
        if (U_FAILURE(status))
            return;
        std::set<std::string> names;
        for (UNumberUnitWidth width : {UNUM_UNIT_WIDTH_FULL_NAME, UNUM_UNIT_WIDTH_SHORT})
            for (auto grammatical_case :
                 {UDISPOPT_GRAMMATICAL_CASE_UNDEFINED, UDISPOPT_GRAMMATICAL_CASE_ACCUSATIVE,
                  UDISPOPT_GRAMMATICAL_CASE_DATIVE, UDISPOPT_GRAMMATICAL_CASE_GENITIVE}) {
                const auto quantities = quantity_formatter(unit, width, grammatical_case);
                for (double value : samples_)
                    if (std::string name = name_of(quantities, value); utf8::length(name) > 1)
                        names.insert(std::move(name));
            }
        for (const std::string& name : names)
            generated_.push_back({name, &cldr});
    }

    // A name two units share in this language ("m." for months and metres) says neither;
    // a name the hand table has keeps the hand table's reading.
    void keep_unambiguous() {
        std::map<std::string, std::set<std::string_view>> symbols;
        for (const auto& [name, unit] : generated_)
            symbols[fold_case(name)].insert(unit->symbol);
        for (const UnitDefinition& hand : catalogue_->definitions)
            symbols.erase(fold_case(hand.surface));
        for (const auto& [name, unit] : generated_) {
            const auto found = symbols.find(fold_case(name));
            if (found == symbols.end() || found->second.size() != 1)
                continue;
            symbols.erase(found); // once per name
            const bool word = std::any_of(name.begin(), name.end(),
                                          [](char c) {
                                              return (c >= 'a' && c <= 'z') ||
                                                     static_cast<unsigned char>(c) >= 0x80;
                                          }) &&
                              name.find('/') == std::string::npos;
            UnitDefinition definition;
            definition.surface = store(name);
            definition.language = language_view_;
            definition.symbol = unit->symbol;
            definition.dimension = unit->dimension;
            definition.factor = unit->factor;
            definition.offset = unit->offset;
            definition.word = word && utf8::length(name) > 2;
            catalogue_->definitions.push_back(definition);
        }
    }

    // "2 grammes par jour" less "2 grammes" and "jour": "par".
    void add_per_word(const char* denominator) {
        UErrorCode status = U_ZERO_ERROR;
        const icu::MeasureUnit gram = icu::MeasureUnit::forIdentifier("gram", status);
        const icu::MeasureUnit per = icu::MeasureUnit::forIdentifier(
            (std::string("gram-per-") + denominator).c_str(), status);
        const icu::MeasureUnit alone = icu::MeasureUnit::forIdentifier(denominator, status);
        if (U_FAILURE(status))
            return;
        const std::string amount = to_utf8(icu::number::NumberFormatter::withLocale(locale_)
                                               .unit(gram)
                                               .unitWidth(UNUM_UNIT_WIDTH_FULL_NAME)
                                               .formatDouble(2, status)
                                               .toString(status));
        const std::string rate = to_utf8(icu::number::NumberFormatter::withLocale(locale_)
                                             .unit(per)
                                             .unitWidth(UNUM_UNIT_WIDTH_FULL_NAME)
                                             .formatDouble(2, status)
                                             .toString(status));
        const std::string singular =
            name_of(quantity_formatter(alone, UNUM_UNIT_WIDTH_FULL_NAME), 1);
        if (U_FAILURE(status) || singular.empty() || !rate.starts_with(amount))
            return;
        std::string_view tail = trim_unit_spaces(std::string_view(rate).substr(amount.size()));
        if (!tail.ends_with(singular))
            return;
        tail = trim_unit_spaces(tail.substr(0, tail.size() - singular.size()));
        if (tail.empty() || tail.find(' ') != std::string_view::npos)
            return;
        if (std::find(catalogue_->per_words.begin(), catalogue_->per_words.end(), tail) ==
            catalogue_->per_words.end())
            catalogue_->per_words.push_back(store(std::string(tail)));
    }

    std::string language_;
    icu::Locale locale_;
    const std::vector<UnitDefinition>& hand_;
    UnitCatalogue* catalogue_ = nullptr;
    std::string_view language_view_;
    std::vector<double> samples_;
    std::vector<std::pair<std::string, const CldrUnit*>> generated_;
    std::map<double, std::string> numbers_; // number_text's
};

const UnitCatalogue& shared_catalogue(std::string_view language) {
    static std::mutex mutex;
    static std::map<std::string, std::unique_ptr<UnitCatalogue>, std::less<>> catalogues;
    std::lock_guard lock(mutex);
    auto found = catalogues.find(language);
    if (found == catalogues.end())
        found = catalogues
                    .emplace(std::string(language),
                             CatalogueBuilder(language, unit_definitions()).build())
                    .first;
    return *found->second;
}

// Without a lock once a thread has seen the language.
const UnitCatalogue& catalogue(std::string_view language) {
    thread_local std::map<std::string, const UnitCatalogue*, std::less<>> seen;
    auto found = seen.find(language);
    if (found == seen.end())
        found = seen.emplace(std::string(language), &shared_catalogue(language)).first;
    return *found->second;
}

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

// The longest single unit at `position`.
std::optional<UnitPart> match_single(std::string_view text, std::size_t position,
                                     std::string_view language) {
    std::optional<UnitPart> best;
    for (const UnitDefinition& unit : catalogue(language).definitions) {
        if (!has_at(text, position, unit.surface, unit.word))
            continue;
        std::size_t end = position + unit.surface.size();
        const char last = unit.surface.back();
        if (unit.word && last != 's' && last != 'x' && end < text.size() &&
            ascii_lower(text[end]) == 's' && at_word_end(text, end + 1))
            ++end;
        if (!at_word_end(text, end))
            continue;
        // "U.S.", "U.K.": an abbreviation's letter, not the symbol it looks like.
        if (!unit.word && end + 1 < text.size() && text[end] == '.' && is_alnum_at(text, end + 1))
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
    std::vector<std::string_view> per_words = catalogue(language).per_words;
    for (const PerWord& per : kPerWords)
        if (language.empty() || per.language == language)
            per_words.insert(per_words.begin(), per.word);
    for (std::string_view per : per_words) {
        if (!has_at(text, after_space, per, true))
            continue;
        const std::size_t word_end = after_space + per.size();
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
            for (const UnitDefinition& unit : catalogue(language).definitions)
                if (unit.symbol == adverb.unit_symbol)
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

const std::vector<UnitDefinition>& units_of(std::string_view language) {
    return catalogue(language).definitions;
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

std::optional<MatchedUnit> parse_unit(std::string_view text, std::string_view language) {
    for (std::string_view in : {std::string_view(), language}) {
        auto unit = match_unit(text, 0, in);
        if (unit && unit->end == text.size())
            return unit;
        if (language.empty())
            break;
    }
    return std::nullopt;
}

} // namespace medloc
