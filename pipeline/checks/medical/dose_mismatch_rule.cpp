#include "checks/medical/dose_mismatch_rule.h"

#include "checks/check_context.h"
#include "language/messages.h"
#include "translation/bilingual.h"

#include <algorithm>
#include <map>

namespace medloc {

namespace {

// One side of a segment: its quantities, and its numbers that belong to none.
struct Side {
    const std::vector<Dose>& doses;
    std::vector<NumberMention> bare_numbers;
};

Side side_of(const Block& block, CheckContext& context) {
    Side side{context.doses(block), {}};
    for (const NumberMention& number : context.number_mentions(block))
        if (!in_dose(side.doses, number.begin, number.end) && number.kind != NumberKind::identifier)
            side.bare_numbers.push_back(number);
    return side;
}

// Whether the other side writes `value` of `dose`: as a quantity of equal amount, or as
// a bare number where the unit goes without saying: a unit the other side writes
// elsewhere ("27 v. 24 min" for "27 minutes c. 24"), years ("under 5" for "moins de 5
// ans"), and any quantity that is not a dose ("6.95 ± 0.34" for "6,95 ± 0,34 %").
bool written_in(const Dose& dose, double value, const Side& other) {
    if (has_equal(dose, value, other.doses))
        return true;
    const std::string symbol = dose.unit.symbol();
    const bool unit_implied = !is_dose(dose) || symbol == "y" ||
                              std::any_of(other.doses.begin(), other.doses.end(),
                                          [&](const Dose& d) { return d.unit.symbol() == symbol; });
    return unit_implied &&
           std::any_of(other.bare_numbers.begin(), other.bare_numbers.end(),
                       [&](const NumberMention& number) { return number.reads_as(value); });
}

bool found_in(const Dose& dose, const Side& other) {
    const std::vector<double> values = dose.values();
    return std::all_of(values.begin(), values.end(),
                       [&](double value) { return written_in(dose, value, other); });
}

// The doses as written, for a list argument of the message.
std::vector<std::string> written(const std::vector<const Dose*>& doses, std::string_view text) {
    std::vector<std::string> out;
    for (const Dose* dose : doses)
        out.emplace_back(dose->in(text));
    return out;
}

std::string_view kind_of(const Dose& dose) {
    return dose.unit.parts.front().definition->dimension;
}

std::vector<const Dose*> unmatched(const Side& side, const Side& other) {
    std::vector<const Dose*> out;
    for (const Dose& dose : side.doses)
        if (!dose.implicit && !found_in(dose, other))
            out.push_back(&dose);
    return out;
}

} // namespace

// A quantity of the target that differs from one of its kind in the source is reported
// (a substitution: 2,5 mg → 25 mg, deux bouffées → four puffs, 49 % → 19 %), once per
// kind and unit; a dose (dosage/dose.h) that only one side writes is reported too. Other
// quantities that only one side writes (a duration, a percentage, a count of intakes)
// are how translators restructure sentences, and are not.
void DoseMismatchRule::check_bilingual(const BilingualDocument& document, CheckContext& context,
                                       FindingSink& sink) const {
    for (const BilingualSegment& pair : document.segments) {
        if (!pair.target || pair.target->text.empty())
            continue;
        const Side source = side_of(*pair.source, context);
        const Side target = side_of(*pair.target, context);
        const std::string& source_text = pair.source->text.text();
        const std::string& target_text = pair.target->text.text();
        const std::vector<const Dose*> missing = unmatched(source, target);
        const std::vector<const Dose*> added = unmatched(target, source);

        std::map<std::string_view, std::vector<const Dose*>> missing_by_kind;
        for (const Dose* dose : missing)
            missing_by_kind[kind_of(*dose)].push_back(dose);
        std::map<std::string_view, std::vector<const Dose*>> added_by_kind;
        for (const Dose* dose : added)
            added_by_kind[kind_of(*dose)].push_back(dose);

        std::vector<const Dose*> only_in_target;
        for (const auto& [kind, doses] : added_by_kind) {
            const auto replaced = missing_by_kind.find(kind);
            if (replaced == missing_by_kind.end()) {
                for (const Dose* dose : doses)
                    if (is_dose(*dose))
                        only_in_target.push_back(dose);
                continue;
            }
            const Dose& first = *doses.front();
            sink.report(kInfo, document.target, *pair.target, first.begin, first.end,
                        "medical.dose-mismatch",
                        {quoted_list("doses", written(doses, target_text)),
                         {"count", std::to_string(doses.size()), true},
                         {"reading", describe(first)},
                         quoted_list("source", written(replaced->second, source_text))});
            missing_by_kind.erase(replaced);
        }
        for (const Dose* dose : only_in_target)
            sink.report(
                kInfo, document.target, *pair.target, dose->begin, dose->end,
                "medical.dose-mismatch.added",
                {{"dose", std::string(dose->in(target_text))}, {"reading", describe(*dose)}});
        std::vector<const Dose*> only_in_source;
        for (const auto& [kind, doses] : missing_by_kind)
            for (const Dose* dose : doses)
                if (is_dose(*dose))
                    only_in_source.push_back(dose);
        std::sort(only_in_source.begin(), only_in_source.end(),
                  [](const Dose* a, const Dose* b) { return a->begin < b->begin; });
        if (only_in_source.empty())
            continue;
        std::string described;
        for (const Dose* dose : only_in_source)
            described += (described.empty() ? "" : ", ") + describe(*dose);
        sink.report(kInfo, document.target, *pair.target, 0, 0, "medical.dose-mismatch.missing",
                    {{"unit", pair.unit->id},
                     quoted_list("doses", written(only_in_source, source_text)),
                     {"count", std::to_string(only_in_source.size()), true},
                     {"readings", described}});
    }
}

} // namespace medloc
