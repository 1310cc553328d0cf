#pragma once

#include "loading/inline_text.h"
#include "loading/source_file.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace medloc {

// XLIFF 2 states, the scale medloc works in; XLIFF 1.2 states are mapped onto it.
enum class TranslationState { initial, translated, reviewed, final_state };

std::string_view to_string(TranslationState state);
std::optional<TranslationState> parse_xliff2_state(std::string_view value);
// XLIFF 1.2 `state` (new, translated, needs-review-translation, signed-off, final...).
TranslationState map_xliff12_state(std::string_view value, bool approved);

// One segment (or ignorable) of a unit, with its text and inline codes, positioned in
// the XLIFF file.
struct XliffSegment {
    std::string id;
    bool ignorable = false;
    TranslationState state = TranslationState::initial;
    std::string sub_state;
    InlineText source;
    std::optional<InlineText> target; // absent when the file has no <target>
    std::size_t source_offset = 0;    // the '<' of <source>
    std::size_t target_offset = 0;    // the '<' of <target>, when present
    std::size_t source_node = 0;      // <source> in XliffDocument::tree
    std::size_t target_node = 0;      // <target> in XliffDocument::tree, when present
};

struct XliffUnit {
    std::string id;
    std::string name;                   // XLIFF 2 name, XLIFF 1.2 resname
    std::vector<std::string> locations; // XLIFF 1.2 context-group of purpose location
    std::string file_id;
    std::size_t offset = 0; // the '<' of <unit> / <trans-unit>
    std::vector<XliffSegment> segments;
    std::vector<std::string> notes;
    std::map<std::string, std::string> medloc_metadata; // mda:meta of category "medloc"
    std::map<std::string, std::string> original_data;   // <data id> -> the original code
    bool translate = true; // false: translate="no" on it or around it (its text stays as is)

    // Joined text of all segments and ignorables (what merge writes back).
    std::string source_text() const;
    std::string target_text() const;
    bool has_target() const; // every segment has a non-empty target
    // The lowest state of its translatable segments: a unit is as far as its least
    // advanced segment.
    TranslationState state() const;
    bool has_sub_state(std::string_view value) const;
};

struct XliffDocument {
    std::shared_ptr<const SourceFile> source;
    std::shared_ptr<const MarkupTree> tree; // positions and inline structure of the file
    std::string version;                    // "1.2", "2.0", "2.1", "2.2"
    std::string source_locale;
    std::string target_locale;
    std::vector<std::string> file_originals; // <file original="…">
    std::vector<XliffUnit> units;

    const XliffUnit* find_unit(std::string_view id) const;
};

} // namespace medloc
