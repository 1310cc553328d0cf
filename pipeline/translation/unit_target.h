#pragma once

#include "core/result.h"
#include "translation/block_source.h"
#include "translation/xliff_document.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace medloc {

// One unit's new target, to be set in an XLIFF 2 file of translations/.
struct UnitTargetEdit {
    std::string unit_id;
    std::string block_kind;
    BlockSource source;         // the block's current source
    std::string target_content; // inner XML of <target>: XLIFF 2 inline markup
    TranslationState state = TranslationState::translated;
    // A stale target: state initial, subState medloc:stale, `state` kept as the
    // previous-state metadata (as extract marks a unit whose source changed).
    bool stale = false;
    std::map<std::string, std::string> metadata; // more medloc metadata (e.g. the kit id)
};

// Sets the target, state and medloc metadata of each unit in the XLIFF 2 file `content`
// (read from `path`) and returns the new content; everything else in the file is kept.
// A unit the file lacks is added (as extract adds one); a unit whose source is not the
// block's current source (or that has several segments) gets the current source as one
// segment first. A file that is not XLIFF 2 is an Error (never overwritten).
Result<std::string> set_unit_targets(const std::string& path, std::string_view content,
                                     const std::vector<UnitTargetEdit>& edits);

} // namespace medloc
