#include "checks/translation/stale_unit_rule.h"

#include "translation/bilingual.h"
#include "translation/extractor.h"

#include <set>

namespace medloc {

void StaleUnitRule::check_bilingual(const BilingualDocument& document, CheckContext&,
                                    FindingSink& sink) const {
    std::set<const XliffUnit*> reported;
    for (const BilingualSegment& pair : document.segments) {
        if (reported.contains(pair.unit))
            continue;
        const std::size_t offset = pair.target ? pair.target->source_offset : pair.unit->offset;
        // Marked by medloc extract: the translation was made for an older source.
        if (pair.segment->sub_state == kStaleSubState &&
            pair.segment->state == TranslationState::initial) {
            auto previous = pair.unit->medloc_metadata.find("previous-state");
            Finding& finding = sink.report(kInfo, document.target, offset,
                                           "unit '" + pair.unit->id +
                                               "': the source changed after it was translated" +
                                               (previous != pair.unit->medloc_metadata.end()
                                                    ? " (it was " + previous->second + ")"
                                                    : "") +
                                               "; review the translation and set its state again");
            finding.block_id = pair.source->id;
            reported.insert(pair.unit);
            continue;
        }
        // Not extracted since the article changed: the source hash the unit records is not
        // the block's current one. A unit without a recorded hash (another tool's) or
        // without a block (obsolete) is not judged here.
        if (!document.current_source_hashes || !pair.target)
            continue;
        const auto recorded = pair.unit->medloc_metadata.find("source-hash");
        const auto current = document.current_source_hashes->find(pair.unit->id);
        if (recorded == pair.unit->medloc_metadata.end() ||
            current == document.current_source_hashes->end() || recorded->second == current->second)
            continue;
        Finding& finding = sink.report(
            kInfo, document.target, offset,
            "unit '" + pair.unit->id + "': block '" + pair.unit->id + "' of " +
                document.current_article_path +
                " changed after this translation was made (its source hash differs); run medloc "
                "extract, then review the translation and set its state again");
        finding.block_id = pair.source->id;
        reported.insert(pair.unit);
    }
}

} // namespace medloc
