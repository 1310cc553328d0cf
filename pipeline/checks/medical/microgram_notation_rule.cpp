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
                std::string message = "micrograms written '" +
                                      std::string(part.definition->surface) + "' in the dose '" +
                                      std::string(dose.in(block.text.text())) + "': ";
                std::vector<std::string> suggestions;
                if (project_writes_mcg) {
                    message += "'µg' is misread as 'mg', a thousand times the dose; the project "
                               "writes 'mcg' (medical.microgram)";
                    suggestions = {"mcg", french ? "microgrammes" : "micrograms"};
                } else {
                    message += "the project writes 'µg' (medical.microgram)";
                    suggestions = {"µg"};
                }
                Finding& finding =
                    sink.report(kInfo, article, block, part.begin, part.end, message);
                finding.suggestions = std::move(suggestions);
            }
        }
    }
}

} // namespace medloc
