#include "translation/bilingual.h"

#include <filesystem>

namespace medloc {

BilingualDocument make_bilingual(XliffDocument xliff) {
    BilingualDocument bilingual;
    bilingual.xliff = std::move(xliff);
    const XliffDocument& document = bilingual.xliff;
    const std::string id = std::filesystem::path(document.source->path).stem().string();
    for (Article* side : {&bilingual.source, &bilingual.target}) {
        side->source = document.source;
        side->id = id;
    }
    // <?medloc-ignore …?> in the XLIFF file: applied to what is checked, the target side.
    if (document.tree)
        bilingual.target.suppressions = find_suppressions(*document.tree);
    bilingual.source.locale = document.source_locale;
    bilingual.target.locale = document.target_locale;
    // Blocks first (the vectors must not move once pairs point into them).
    for (const XliffUnit& unit : document.units) {
        for (const XliffSegment& segment : unit.segments) {
            if (segment.ignorable)
                continue;
            const std::string block_id = unit.segments.size() > 1 && !segment.id.empty()
                                             ? unit.id + "#" + segment.id
                                             : unit.id;
            Block source;
            source.id = block_id;
            source.kind = "source";
            source.locale = document.source_locale;
            source.text = segment.source.text;
            source.spans = segment.source.spans;
            source.source_offset = segment.source_offset;
            bilingual.source.blocks.push_back(std::move(source));
            if (segment.target) {
                Block target;
                target.id = block_id;
                target.kind = "target";
                target.locale = document.target_locale;
                target.text = segment.target->text;
                target.spans = segment.target->spans;
                target.source_offset = segment.target_offset;
                bilingual.target.blocks.push_back(std::move(target));
            }
        }
    }
    std::size_t source_index = 0;
    std::size_t target_index = 0;
    for (const XliffUnit& unit : document.units) {
        for (const XliffSegment& segment : unit.segments) {
            if (segment.ignorable)
                continue;
            BilingualSegment pair;
            pair.unit = &unit;
            pair.segment = &segment;
            pair.source = &bilingual.source.blocks[source_index++];
            if (segment.target)
                pair.target = &bilingual.target.blocks[target_index++];
            bilingual.segments.push_back(pair);
        }
    }
    return bilingual;
}

} // namespace medloc
