#include "checks/translation/number_mismatch_rule.h"

#include "checks/check_context.h"
#include "language/messages.h"
#include "translation/bilingual.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace medloc {

namespace {

std::string format(double value) {
    std::ostringstream out;
    out << value;
    return out.str();
}

// Numbers compared as counts or amounts: cardinals and the years and clock times they
// may stand for. Ordinals, days of dates, list markers and digits inside names are not,
// and a number glued to letters that are not a unit ("2D", "3ème") is a name too.
bool is_compared(const NumberMention& number) {
    return (number.kind == NumberKind::cardinal && !number.glued) ||
           number.kind == NumberKind::year || number.kind == NumberKind::clock;
}

// Whether two numbers say the same: equal in some reading, or a year and its last two
// digits ("les années 80" for "the 1980s", "3 by 5" for "d'ici 2005").
bool same_number(const NumberMention& a, const NumberMention& b) {
    if (a.reads_as(b.value) || (b.alternative && a.reads_as(*b.alternative)))
        return true;
    const auto short_year = [](const NumberMention& year, const NumberMention& other) {
        return year.kind == NumberKind::year && other.kind == NumberKind::cardinal &&
               other.value >= 0 && other.value < 100 && std::fmod(year.value, 100) == other.value;
    };
    return short_year(a, b) || short_year(b, a);
}

// Whether a number of one side is written on the other: a number of equal value in any
// reading, or a value of one of its quantities ("70" for "70 %").
bool written_in(const NumberMention& number, const std::vector<NumberMention>& others,
                std::vector<bool>& used, const std::vector<Dose>& other_doses) {
    for (std::size_t i = 0; i < others.size(); ++i) {
        if (used[i] || !same_number(others[i], number))
            continue;
        used[i] = true;
        return true;
    }
    return std::any_of(other_doses.begin(), other_doses.end(), [&](const Dose& dose) {
        const std::vector<double> values = dose.values();
        return std::any_of(values.begin(), values.end(),
                           [&](double value) { return number.reads_as(value); });
    });
}

// The numbers as written, for a list argument of the message.
std::vector<std::string> written(const std::vector<const NumberMention*>& numbers,
                                 std::string_view text) {
    std::vector<std::string> out;
    for (const NumberMention* number : numbers)
        out.emplace_back(text.substr(number->begin, number->end - number->begin));
    return out;
}

} // namespace

// A number of the target that is not in the source, while the source has one that is not
// in the target: the translation changed a number. Numbers that only one side writes
// are how translators restructure a sentence ("both" for "les deux", "in 3 provinces"
// for "de trois provinces", a date spelled out), and are not reported; numbers inside
// quantities are medical.dose-mismatch's.
void NumberMismatchRule::check_bilingual(const BilingualDocument& document, CheckContext& context,
                                         FindingSink& sink) const {
    for (const BilingualSegment& pair : document.segments) {
        if (!pair.target || pair.target->text.empty())
            continue;
        const std::vector<NumberMention>& source = context.number_mentions(*pair.source);
        const std::vector<NumberMention>& target = context.number_mentions(*pair.target);
        const std::vector<Dose>& source_doses = context.doses(*pair.source);
        const std::vector<Dose>& target_doses = context.doses(*pair.target);
        std::vector<bool> used_in_target(target.size(), false);
        std::vector<const NumberMention*> missing;
        for (const NumberMention& number : source)
            if (!written_in(number, target, used_in_target, target_doses) && is_compared(number) &&
                !in_dose(source_doses, number.begin, number.end))
                missing.push_back(&number);
        std::vector<bool> used_in_source(source.size(), false);
        std::vector<const NumberMention*> added;
        for (std::size_t i = 0; i < target.size(); ++i) {
            const NumberMention& number = target[i];
            if (used_in_target[i] || !is_compared(number) ||
                in_dose(target_doses, number.begin, number.end))
                continue;
            if (!written_in(number, source, used_in_source, source_doses))
                added.push_back(&number);
        }
        if (missing.empty() || added.empty())
            continue;
        const NumberMention& first = *added.front();
        sink.report(kInfo, document.target, *pair.target, first.begin, first.end,
                    "translation.number-mismatch",
                    {quoted_list("added", written(added, pair.target->text.text())),
                     {"count", std::to_string(added.size()), true},
                     {"value", format(first.value)},
                     quoted_list("missing", written(missing, pair.source->text.text()))});
    }
}

} // namespace medloc
