#include "checks/translation/missing_target_rule.h"

#include "translation/bilingual.h"

namespace medloc {

void MissingTargetRule::check_bilingual(const BilingualDocument& document, CheckContext&,
                                        FindingSink& sink) const {
    for (const BilingualSegment& pair : document.segments) {
        if (pair.source->text.empty() || (pair.target && !pair.target->text.empty()))
            continue;
        Finding& finding = sink.report(
            kInfo, document.target, pair.target ? pair.target->source_offset : pair.unit->offset,
            pair.target ? "translation.missing-target.empty" : "translation.missing-target",
            {{"unit", pair.unit->id}});
        finding.block_id = pair.source->id;
        finding.flagged_text = pair.source->text.text();
    }
}

} // namespace medloc
