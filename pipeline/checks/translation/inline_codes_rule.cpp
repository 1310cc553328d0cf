#include "checks/translation/inline_codes_rule.h"

#include "translation/bilingual.h"

#include <map>

namespace medloc {

namespace {

bool is_code(std::string_view element) {
    return element == "pc" || element == "ph" || element == "sc" || element == "ec" ||
           element == "g" || element == "x" || element == "bx" || element == "ex" ||
           element == "bpt" || element == "ept";
}

// Code id -> id of the code that encloses it ("" at the top level).
// "pc:1"; an id-less code (invalid, but content is untrusted) is "pc:?".
std::string code_key(const InlineSpan& span) {
    const std::string* id = span.attribute("id");
    return span.element + ":" + (id ? *id : std::string("?"));
}

std::map<std::string, std::string> codes_of(const Block& block) {
    std::map<std::string, std::string> codes;
    std::vector<const InlineSpan*> open;
    for (const InlineSpan& span : block.spans) {
        if (!is_code(span.element))
            continue;
        while (!open.empty() &&
               !(span.begin >= open.back()->begin && span.end <= open.back()->end &&
                 span.source_offset > open.back()->source_offset))
            open.pop_back();
        codes[code_key(span)] = open.empty() ? "" : code_key(*open.back());
        if (span.element == "pc" || span.element == "g")
            open.push_back(&span);
    }
    return codes;
}

std::string shown(const std::string& key) {
    return "<" + key.substr(0, key.find(':')) + " id=\"" + key.substr(key.find(':') + 1) + "\">";
}

} // namespace

void InlineCodesRule::check_bilingual(const BilingualDocument& document, CheckContext&,
                                      FindingSink& sink) const {
    for (const BilingualSegment& pair : document.segments) {
        if (!pair.target || pair.target->text.empty())
            continue;
        const auto source = codes_of(*pair.source);
        const auto target = codes_of(*pair.target);
        // Each problem: its message id and the code it is about.
        std::vector<std::pair<std::string_view, std::string>> problems;
        for (const auto& [key, parent] : source) {
            auto found = target.find(key);
            if (found == target.end())
                problems.emplace_back("translation.inline-codes.missing", shown(key));
            else if (found->second != parent)
                problems.emplace_back("translation.inline-codes.nesting", shown(key));
        }
        for (const auto& [key, parent] : target)
            if (!source.contains(key))
                problems.emplace_back("translation.inline-codes.extra", shown(key));
        for (const auto& [message_id, code] : problems) {
            Finding& finding = sink.report(kInfo, document.target, pair.target->source_offset,
                                           message_id, {{"unit", pair.unit->id}, {"code", code}});
            finding.block_id = pair.target->id;
            finding.locale = pair.target->locale;
        }
    }
}

} // namespace medloc
