#pragma once

#include "checks/typography/typography_block.h"
#include "core/rule_options.h"

namespace medloc {

// The places French wants a no-break space: before : ; ! ? and », after «. `space_index`
// is the code point where that space is (or should be); `mark_index` the punctuation.
struct SpacingSite {
    std::size_t mark_index = 0;
    std::size_t space_first = 0; // first code point of the existing spaces (== space_last if none)
    std::size_t space_last = 0;  // one past the last space
    bool after_mark = false;     // « : the space follows the mark
};

// The space the nbsp rules suggest; both rules declare this one option.
inline constexpr std::string_view kNoBreakSpaceChoices[] = {"nbsp", "narrow"};
inline constexpr SettingSpec kNoBreakSpaceOption{
    "typography.nbsp",
    "nbsp",
    "nbsp",
    "space suggested before French : ; ! ? »: nbsp (U+00A0) or narrow (U+202F); both are "
    "accepted",
    SettingKind::choice,
    kNoBreakSpaceChoices};

// The suggested space as UTF-8: U+00A0, or U+202F with typography.nbsp = narrow.
std::string preferred_no_break_space(const RuleOptions& options);

// Every site of the block, skipping URLs, times and ratios (14:30, 1:1000), runs of
// marks (?!) and marks at the very start or end of the block.
std::vector<SpacingSite> french_spacing_sites(const TypographyBlock& view);

} // namespace medloc
