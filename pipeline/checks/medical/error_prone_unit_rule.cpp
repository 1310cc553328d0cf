#include "checks/medical/error_prone_unit_rule.h"

#include "checks/check_context.h"
#include "language/language_profile.h"
#include "loading/article.h"

namespace medloc {

namespace {

struct Advice {
    std::string_view why;
    std::string_view french;
    std::string_view english;
};

std::optional<Advice> advice_for(UnitNotation notation) {
    switch (notation) {
    case UnitNotation::units_letter:
        return Advice{"'U' is misread as 0 or 4", "unités", "units"};
    case UnitNotation::international_units:
        return Advice{"'UI' and 'IU' are misread as IV or 10", "unités internationales",
                      "international units"};
    case UnitNotation::cubic_centimetre:
        return Advice{"'cc' is misread as U or as 00", "mL", "mL"};
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
                    kInfo, article, block, part.begin, part.end,
                    "error-prone unit in the dose '" + std::string(dose.in(block.text.text())) +
                        "': " + std::string(advice->why) + "; write '" + better + "'");
                finding.suggestions = {better};
            }
        }
    }
}

} // namespace medloc
