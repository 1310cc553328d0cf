#include "checks/medical/trailing_zero_rule.h"

#include "checks/check_context.h"
#include "language/language_profile.h"
#include "loading/article.h"

#include <algorithm>
#include <array>

namespace medloc {

namespace {

// Amounts of a medicine (2,0 mg, 1,0 mL, 5,0 mg/kg/j); a trailing zero in a measurement
// (38,0 °C, 25,0 kg/m², a body weight of 70,0 kg) says its precision and is not in the
// lists of error-prone notations.
bool is_amount(const Dose& dose) {
    constexpr std::array<std::string_view, 5> amounts{"mass", "volume", "unit", "substance",
                                                      "equivalent"};
    constexpr std::array<std::string_view, 3> rates{"time", "dose", "mass"};
    const UnitDefinition& numerator = *dose.unit.parts.front().definition;
    if (std::find(amounts.begin(), amounts.end(), numerator.dimension) == amounts.end() ||
        numerator.symbol == "kg" || numerator.symbol == "lb")
        return false;
    return std::all_of(
        dose.unit.parts.begin() + 1, dose.unit.parts.end(), [&](const UnitPart& part) {
            return std::find(rates.begin(), rates.end(), part.definition->dimension) != rates.end();
        });
}

// Where the fraction of a written number starts, when it has one: "1,0" in French and
// "1.0" in English; the other separator counts too unless three digits follow it, which
// is a thousands group (1,000 mg in English).
std::optional<std::size_t> fraction_start(std::string_view number, std::string_view language) {
    const std::size_t separator = number.find_last_of(".,");
    if (separator == std::string_view::npos || separator + 1 >= number.size())
        return std::nullopt;
    const char decimal = language == "en" ? '.' : ',';
    if (number[separator] != decimal && number.size() - separator - 1 == 3)
        return std::nullopt;
    return separator + 1;
}

} // namespace

void TrailingZeroRule::check(const Article& article, CheckContext& context,
                             FindingSink& sink) const {
    for (const Block& block : article.blocks) {
        const std::string language = language_of(block.locale);
        const std::string_view text = block.text.text();
        for (const Dose& dose : context.doses(block)) {
            if (dose.implicit || !is_amount(dose))
                continue;
            for (const TextRange& range : dose.numbers) {
                const std::string_view number =
                    text.substr(range.first, range.second - range.first);
                const auto fraction = fraction_start(number, language);
                if (!fraction || number.back() != '0')
                    continue;
                std::string fixed(number);
                while (fixed.back() == '0' && fixed.size() > *fraction)
                    fixed.pop_back();
                if (fixed.size() == *fraction)
                    fixed.pop_back(); // the separator itself
                Finding& finding = sink.report(
                    kInfo, article, block, range.first, range.second, "medical.trailing-zero",
                    {{"dose", std::string(dose.in(text))}, {"fixed", fixed}});
                finding.suggestions = {fixed};
            }
        }
    }
}

} // namespace medloc
