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
            Finding& finding = sink.report(
                kInfo, document.target, offset, "translation.stale-unit",
                {{"unit", pair.unit->id},
                 {"previous",
                  previous != pair.unit->medloc_metadata.end() ? previous->second : "none"}});
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
        Finding& finding =
            sink.report(kInfo, document.target, offset, "translation.stale-source",
                        {{"unit", pair.unit->id}, {"article", document.current_article_path}});
        finding.block_id = pair.source->id;
        reported.insert(pair.unit);
    }
}

} // namespace medloc
