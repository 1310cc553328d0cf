#include "checks/translation/stale_unit_rule.h"

#include "language/messages.h"
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
        Finding& finding =
            sink.report(kInfo, document.target,
                        pair.target ? pair.target->source_offset : pair.unit->offset, "");
        set_message(finding, "translation.stale-unit",
                    {{"unit", pair.unit->id},
                     {"previous",
                      previous != pair.unit->medloc_metadata.end() ? previous->second : "none"}});
        finding.block_id = pair.source->id;
    }
}

} // namespace medloc
