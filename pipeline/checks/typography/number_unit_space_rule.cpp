#include "checks/typography/number_unit_space_rule.h"

#include "checks/typography/typography_block.h"
#include "dosage/unit_table.h"
#include "language/language_profile.h"

#include <algorithm>

namespace medloc {

namespace {

bool is_symbol_unit(std::string_view unit) {
    return unit == "%" || unit.starts_with("°");
}

// The index of the code point that starts at byte `offset`.
std::size_t point_at(const TypographyBlock& view, std::size_t offset) {
    const auto it = std::lower_bound(
        view.points.begin(), view.points.end(), offset,
        [](const CodePoint& point, std::size_t value) { return point.begin < value; });
    return static_cast<std::size_t>(it - view.points.begin());
}

// A unit symbol after a number, as the dose reader reads units (dosage/unit_table.h):
// "mg", "µL", "kPa", "cmH2O", "°C"; words ("heures") and counts ("x", "fois") are not
// what this rule is about.
std::optional<UnitPart> symbol_at(std::string_view text, std::size_t position,
                                  std::string_view language) {
    const auto unit = match_unit(text, position, language);
    if (!unit)
        return std::nullopt;
    const UnitPart& first = unit->parts.front();
    if (first.definition->word || first.definition->dimension == "times")
        return std::nullopt;
    return first;
}

} // namespace

void NumberUnitSpaceRule::check(const Article& article, CheckContext& context,
                                FindingSink& sink) const {
    for_each_typography_block(article, context, false, [&](const TypographyBlock& view) {
        const bool french = view.profile.french_spacing;
        const std::string language = language_of(view.block.locale);
        const std::string_view text = view.text;
        for (const NumberMention& number : context.number_mentions(view.block)) {
            if (number.spelled_out ||
                (number.kind != NumberKind::cardinal && number.kind != NumberKind::year))
                continue;
            const std::size_t first = point_at(view, number.begin);
            const std::size_t end = point_at(view, number.end);
            if (first >= view.points.size() || end >= view.points.size())
                continue;
            const std::string written = view.slice(first, end);
            const std::string space = "\u00A0";
            if (const auto unit = symbol_at(text, number.end, language)) {
                const std::size_t last = point_at(view, unit->end);
                const std::string symbol = view.slice(end, last);
                if (french || !is_symbol_unit(symbol))
                    view.report(sink, kInfo, first, last, "typography.number-unit-space.glued",
                                {{"number", written}, {"unit", symbol}}, written + space + symbol);
            } else if (french && is_plain_space(view.points[end].value)) {
                if (const auto spaced = symbol_at(text, number.end + 1, language)) {
                    const std::size_t last = point_at(view, spaced->end);
                    const std::string symbol = view.slice(end + 1, last);
                    view.report(sink, kInfo, first, last, "typography.number-unit-space.breaking",
                                {{"number", written}, {"unit", symbol}}, written + space + symbol);
                }
            }
        }
    });
}

} // namespace medloc
