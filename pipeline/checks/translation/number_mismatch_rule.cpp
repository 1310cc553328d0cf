#include "checks/translation/number_mismatch_rule.h"

#include "checks/check_context.h"
#include "translation/bilingual.h"

#include <cmath>
#include <sstream>

namespace medloc {

namespace {

std::vector<NumberMention> numbers_in(const Block& block, CheckContext& context) {
    std::vector<NumberMention> numbers;
    for (const NumberMention& number :
         context.numbers(block.locale).find(block.text.text(), context.tokens(block)))
        if (!overlaps(context.url_ranges(block), number.begin, number.end))
            numbers.push_back(number);
    return numbers;
}

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
        std::vector<NumberMention> source = numbers_in(*pair.source, context);
        std::vector<NumberMention> target = numbers_in(*pair.target, context);
        // Pair equal values; what is left on either side differs.
        std::vector<bool> used(target.size(), false);
        std::vector<NumberMention> unmatched_source;
        for (const NumberMention& number : source) {
            bool matched = false;
            for (std::size_t i = 0; i < target.size() && !matched; ++i)
                if (!used[i] && same(target[i].value, number.value))
                    used[i] = matched = true;
            if (!matched)
                unmatched_source.push_back(number);
        }
        const std::string& source_text = pair.source->text.text();
        std::string missing;
        for (const NumberMention& number : unmatched_source)
            missing += (missing.empty() ? "'" : ", '") +
                       source_text.substr(number.begin, number.end - number.begin) + "'";
        bool reported = false;
        for (std::size_t i = 0; i < target.size(); ++i) {
            if (used[i])
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
