#include "checks/translation/number_mismatch_rule.h"

#include "checks/check_context.h"
#include "translation/bilingual.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace medloc {

namespace {

bool same(double a, double b) {
    return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(a));
}

std::string format(double value) {
    std::ostringstream out;
    out << value;
    return out.str();
}

} // namespace

void NumberMismatchRule::check_bilingual(const BilingualDocument& document, CheckContext& context,
                                         FindingSink& sink) const {
    for (const BilingualSegment& pair : document.segments) {
        if (!pair.target || pair.target->text.empty())
            continue;
        const std::vector<NumberMention>& source = context.number_mentions(*pair.source);
        const std::vector<NumberMention>& target = context.number_mentions(*pair.target);
        const std::vector<Dose>& source_doses = context.doses(*pair.source);
        const std::vector<Dose>& target_doses = context.doses(*pair.target);
        // Pair equal values; what is left on either side differs. Numbers that are part of
        // a dose pair too, but medical.dose-mismatch, which compares their units, reports them.
        std::vector<bool> used(target.size(), false);
        std::vector<NumberMention> unmatched_source;
        for (const NumberMention& number : source) {
            bool matched = false;
            for (std::size_t i = 0; i < target.size() && !matched; ++i)
                if (!used[i] && same(target[i].value, number.value))
                    used[i] = matched = true;
            if (!matched && !in_dose(source_doses, number.begin, number.end))
                unmatched_source.push_back(number);
        }
        const std::string& source_text = pair.source->text.text();
        std::string missing;
        for (const NumberMention& number : unmatched_source)
            missing += (missing.empty() ? "'" : ", '") +
                       source_text.substr(number.begin, number.end - number.begin) + "'";
        bool reported = false;
        for (std::size_t i = 0; i < target.size(); ++i) {
            if (used[i] || in_dose(target_doses, target[i].begin, target[i].end))
                continue;
            const std::string text =
                pair.target->text.text().substr(target[i].begin, target[i].end - target[i].begin);
            std::string message =
                "number '" + text + "' (" + format(target[i].value) + ") is not in the source";
            if (!missing.empty())
                message += "; the source has " + missing;
            sink.report(kInfo, document.target, *pair.target, target[i].begin, target[i].end,
                        message);
            reported = true;
        }
        if (!reported && !unmatched_source.empty())
            sink.report(kInfo, document.target, *pair.target, 0, 0,
                        "unit '" + pair.unit->id + "': the source has " + missing +
                            ", the target does not");
    }
}

} // namespace medloc
