#include "checks/medical/error_prone_unit_rule.h"

#include "checks/check_context.h"
#include "language/language_profile.h"
#include "loading/article.h"

namespace medloc {

namespace {

// Why the unit is misread (a message of the catalogue) and what to write instead.
struct Advice {
    std::string_view message_id;
    std::string_view french;
    std::string_view english;
};

std::optional<Advice> advice_for(UnitNotation notation) {
    switch (notation) {
    case UnitNotation::units_letter:
        return Advice{"medical.error-prone-unit.u", "unités", "units"};
    case UnitNotation::international_units:
        return Advice{"medical.error-prone-unit.iu", "unités internationales",
                      "international units"};
    case UnitNotation::cubic_centimetre:
        return Advice{"medical.error-prone-unit.cc", "mL", "mL"};
    default:
        return std::nullopt;
    }
}

} // namespace

void ErrorProneUnitRule::check(const Article& article, CheckContext& context,
                               FindingSink& sink) const {
    for (const Block& block : article.blocks) {
        const bool french = language_of(block.locale) == "fr";
        for (const Dose& dose : context.doses(block)) {
            for (const UnitPart& part : dose.unit.parts) {
                const auto advice = advice_for(part.definition->notation);
                if (!advice)
                    continue;
                const std::string better(french ? advice->french : advice->english);
                Finding& finding = sink.report(
                    kInfo, article, block, part.begin, part.end, advice->message_id,
                    {{"dose", std::string(dose.in(block.text.text()))}, {"better", better}});
                finding.suggestions = {better};
            }
        }
    }
}

} // namespace medloc
