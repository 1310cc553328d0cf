#include "checks/medical/microgram_notation_rule.h"

#include "checks/check_context.h"
#include "language/language_profile.h"
#include "loading/article.h"

namespace medloc {

void MicrogramNotationRule::check(const Article& article, CheckContext& context,
                                  FindingSink& sink) const {
    if (notation_ == "any")
        return;
    const bool project_writes_mcg = notation_ == "mcg";
    const UnitNotation unwanted =
        project_writes_mcg ? UnitNotation::microgram_symbol : UnitNotation::microgram_mcg;
    for (const Block& block : article.blocks) {
        const bool french = language_of(block.locale) == "fr";
        for (const Dose& dose : context.doses(block)) {
            for (const UnitPart& part : dose.unit.parts) {
                if (part.definition->notation != unwanted)
                    continue;
                std::vector<std::string> suggestions;
                if (project_writes_mcg)
                    suggestions = {"mcg", french ? "microgrammes" : "micrograms"};
                else
                    suggestions = {"µg"};
                Finding& finding =
                    sink.report(kInfo, article, block, part.begin, part.end,
                                project_writes_mcg ? "medical.microgram-notation.mcg"
                                                   : "medical.microgram-notation.symbol",
                                {{"written", std::string(part.definition->surface)},
                                 {"dose", std::string(dose.in(block.text.text()))}});
                finding.suggestions = std::move(suggestions);
            }
        }
    }
}

} // namespace medloc
