#include "translation/xliff_document.h"

#include <algorithm>

namespace medloc {

std::string_view to_string(TranslationState state) {
    switch (state) {
    case TranslationState::initial:
        return "initial";
    case TranslationState::translated:
        return "translated";
    case TranslationState::reviewed:
        return "reviewed";
    case TranslationState::final_state:
        return "final";
    }
    return "initial";
}

std::optional<TranslationState> parse_xliff2_state(std::string_view value) {
    if (value == "initial")
        return TranslationState::initial;
    if (value == "translated")
        return TranslationState::translated;
    if (value == "reviewed")
        return TranslationState::reviewed;
    if (value == "final")
        return TranslationState::final_state;
    return std::nullopt;
}

TranslationState map_xliff12_state(std::string_view value, bool approved) {
    if (approved || value == "final")
        return TranslationState::final_state;
    if (value == "signed-off")
        return TranslationState::reviewed;
    if (value == "translated" || value.starts_with("needs-review") || value == "needs-adaptation" ||
        value == "needs-l10n")
        return TranslationState::translated;
    return TranslationState::initial; // new, needs-translation, absent
}

std::string XliffUnit::source_text() const {
    std::string text;
    for (const XliffSegment& segment : segments)
        text += segment.source.text.text();
    return text;
}

std::string XliffUnit::target_text() const {
    std::string text;
    for (const XliffSegment& segment : segments)
        text += segment.target ? segment.target->text.text()
                               : (segment.ignorable ? segment.source.text.text() : "");
    return text;
}

bool XliffUnit::has_target() const {
    return std::all_of(segments.begin(), segments.end(), [](const XliffSegment& segment) {
        return segment.ignorable || (segment.target && !segment.target->text.empty()) ||
               segment.source.text.empty();
    });
}

TranslationState XliffUnit::state() const {
    TranslationState lowest = TranslationState::final_state;
    bool any = false;
    for (const XliffSegment& segment : segments) {
        if (segment.ignorable)
            continue;
        lowest = std::min(lowest, segment.state);
        any = true;
    }
    return any ? lowest : TranslationState::initial;
}

bool XliffUnit::has_sub_state(std::string_view value) const {
    return std::any_of(segments.begin(), segments.end(),
                       [&](const XliffSegment& segment) { return segment.sub_state == value; });
}

const XliffUnit* XliffDocument::find_unit(std::string_view id) const {
    for (const XliffUnit& unit : units)
        if (unit.id == id)
            return &unit;
    return nullptr;
}

} // namespace medloc
