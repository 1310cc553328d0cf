#include "checks/translation/untranslated_rule.h"

#include "checks/check_context.h"
#include "language/translatable_text.h"
#include "translation/bilingual.h"

namespace medloc {

void UntranslatedRule::check_bilingual(const BilingualDocument& document, CheckContext& context,
                                       FindingSink& sink) const {
    if (document.source.locale == document.target.locale)
        return;
    for (const BilingualSegment& pair : document.segments) {
        // translate="no": the text is meant to stay as it is.
        if (!pair.target || pair.target->text.empty() || !pair.unit->translate)
            continue;
        const std::string& source = pair.source->text.text();
        if (source != pair.target->text.text() ||
            !has_translatable_word(source, context.tokens(*pair.source)))
            continue;
        sink.report(kInfo, document.target, *pair.target, 0, pair.target->text.text().size(),
                    "translation.untranslated", {{"unit", pair.unit->id}});
    }
}

} // namespace medloc
