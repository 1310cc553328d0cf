#include "checks/medical/dose_mismatch_rule.h"

#include "checks/check_context.h"
#include "translation/bilingual.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace medloc {

namespace {

// One side of a segment: its doses, and its numbers that belong to no dose.
struct Side {
    const std::vector<Dose>& doses;
    std::vector<double> bare_numbers;
};

Side side_of(const Block& block, CheckContext& context) {
    Side side{context.doses(block), {}};
    for (const NumberMention& number : context.number_mentions(block))
        if (!in_dose(side.doses, number.begin, number.end))
            side.bare_numbers.push_back(number.value);
    return side;
}

// Whether the other side writes `value` of `dose`: as a dose of equal amount, or as a
// bare number sharing a unit the other side writes elsewhere ("27 v. 24 min" for
// "27 minutes c. 24", "18-30 or ≥65 years" for "18 à 30 ans ou ≥ 65 ans"), or, for
// years, a bare number alone ("under 5" for "moins de 5 ans").
bool written_in(const Dose& dose, double value, const Side& other) {
    if (has_equal(dose, value, other.doses))
        return true;
    // Ages go without their unit in English: "children under 5", "aged 60 and over".
    const std::string symbol = dose.unit.symbol();
    const bool unit_written =
        symbol == "y" || std::any_of(other.doses.begin(), other.doses.end(),
                                     [&](const Dose& d) { return d.unit.symbol() == symbol; });
    return unit_written &&
           std::any_of(other.bare_numbers.begin(), other.bare_numbers.end(), [&](double number) {
               return std::fabs(number - value) <= 1e-9 * std::max(1.0, std::fabs(value));
           });
}

bool found_in(const Dose& dose, const Side& other) {
    const std::vector<double> values = dose.values();
    return std::all_of(values.begin(), values.end(),
                       [&](double value) { return written_in(dose, value, other); });
}

std::string quoted(const Dose& dose, std::string_view text) {
    return "'" + std::string(dose.in(text)) + "'";
}

} // namespace

void DoseMismatchRule::check_bilingual(const BilingualDocument& document, CheckContext& context,
                                       FindingSink& sink) const {
    for (const BilingualSegment& pair : document.segments) {
        if (!pair.target || pair.target->text.empty())
            continue;
        const Side source = side_of(*pair.source, context);
        const Side target = side_of(*pair.target, context);
        const std::string& source_text = pair.source->text.text();
        const std::string& target_text = pair.target->text.text();

        std::vector<const Dose*> missing; // source doses the target does not write
        for (const Dose& dose : source.doses)
            if (!dose.implicit && !found_in(dose, target))
                missing.push_back(&dose);

        // A target dose that differs names the source doses of its kind (mass, volume...)
        // that the target lacks; those are not reported again.
        std::set<const Dose*> explained;
        for (const Dose& dose : target.doses) {
            if (dose.implicit || found_in(dose, source))
                continue;
            const std::string_view kind = dose.unit.parts.front().definition->dimension;
            std::string message = "dose " + quoted(dose, target_text) + " (" + describe(dose) +
                                  ") is not in the source";
            std::string candidates;
            for (const Dose* other : missing) {
                if (other->unit.parts.front().definition->dimension != kind)
                    continue;
                candidates += (candidates.empty() ? "" : ", ") + quoted(*other, source_text);
                explained.insert(other);
            }
            if (!candidates.empty())
                message += ", which has " + candidates;
            sink.report(kInfo, document.target, *pair.target, dose.begin, dose.end, message);
        }
        for (const Dose* dose : missing) {
            if (explained.contains(dose))
                continue;
            sink.report(kInfo, document.target, *pair.target, 0, 0,
                        "unit '" + pair.unit->id + "': the source's dose " +
                            quoted(*dose, source_text) + " (" + describe(*dose) +
                            ") is not in the translation");
        }
    }
}

} // namespace medloc
