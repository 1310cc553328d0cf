#include "checks/translation/stale_unit_rule.h"

#include "translation/bilingual.h"
#include "translation/extractor.h"

namespace medloc {

void StaleUnitRule::check_bilingual(const BilingualDocument& document, CheckContext&,
                                    FindingSink& sink) const {
    for (const BilingualSegment& pair : document.segments) {
        if (pair.segment->sub_state != kStaleSubState ||
            pair.segment->state != TranslationState::initial)
            continue;
        auto previous = pair.unit->medloc_metadata.find("previous-state");
        Finding& finding = sink.report(
            kInfo, document.target, pair.target ? pair.target->source_offset : pair.unit->offset,
            "unit '" + pair.unit->id + "': the source changed after it was translated" +
                (previous != pair.unit->medloc_metadata.end() ? " (it was " + previous->second + ")"
                                                              : "") +
                "; review the translation and set its state again");
        finding.block_id = pair.source->id;
    }
}

} // namespace medloc
