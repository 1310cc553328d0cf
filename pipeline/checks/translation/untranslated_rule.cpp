#include "checks/translation/untranslated_rule.h"

#include "checks/check_context.h"
#include "translation/bilingual.h"

#include <algorithm>

namespace medloc {

namespace {

// Text that is the same in every language (a number, an acronym, a URL) may be copied.
bool has_translatable_word(const std::string& text, const std::vector<Token>& tokens) {
    for (const Token& token : tokens) {
        if (token.kind != TokenKind::word || token.end - token.begin < 4)
            continue;
        // A word of letters only, with a lower-case one: "HbA1c" or "IST" are codes.
        const std::string_view word = token.in(text);
        const bool has_digit =
            std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (!has_digit &&
            std::any_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
            return true;
    }
    return false;
}

} // namespace

void UntranslatedRule::check_bilingual(const BilingualDocument& document, CheckContext& context,
                                       FindingSink& sink) const {
    if (document.source.locale == document.target.locale)
        return;
    for (const BilingualSegment& pair : document.segments) {
        if (!pair.target || pair.target->text.empty())
            continue;
        const std::string& source = pair.source->text.text();
        if (source != pair.target->text.text() ||
            !has_translatable_word(source, context.tokens(*pair.source)))
            continue;
        sink.report(kInfo, document.target, *pair.target, 0, pair.target->text.text().size(),
                    "translation.untranslated", {{"unit", pair.unit->id}});
    }
}

} // namespace medloc
