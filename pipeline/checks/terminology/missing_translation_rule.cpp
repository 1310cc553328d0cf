#include "checks/terminology/missing_translation_rule.h"

#include "checks/check_context.h"
#include "checks/terminology/terminology_service.h"
#include "translation/bilingual.h"

#include <set>

namespace medloc {

void MissingTranslationRule::check_bilingual(const BilingualDocument& document,
                                             CheckContext& context, FindingSink& sink) const {
    TerminologyService* terminology = context.services().terminology;
    if (terminology == nullptr)
        return;
    const Termbase& termbase = terminology->termbase();
    for (const BilingualSegment& pair : document.segments) {
        if (!pair.target || pair.target->text.empty())
            continue;
        // A concept the target names, with any of its terms: a deprecated or superseded one
        // is terminology.deprecated-term's finding ("use STI" for STD), which says what to
        // write; the translation is not missing, and one finding says it once.
        std::set<const Concept*> in_target;
        for (const TermMatch& match : context.term_matches(*pair.target))
            in_target.insert(match.concept_entry);
        std::set<const Concept*> reported;
        const TermMatcher& target_matcher = terminology->matcher(pair.target->locale);
        // Any approved term of the concept counts, however the target spells it.
        const auto written = [&](const Concept& entry) {
            for (const Term* term : termbase.terms_for(entry, pair.target->locale))
                if (term->status != TermStatus::deprecated &&
                    term->status != TermStatus::superseded &&
                    (target_matcher.writes(pair.target->text.text(), context.tokens(*pair.target),
                                           context.profile(pair.target->locale), *term) ||
                     target_matcher.writes_family(pair.target->text.text(),
                                                  context.tokens(*pair.target),
                                                  context.profile(pair.target->locale), *term)))
                    return true;
            return false;
        };
        const std::string& source_text = pair.source->text.text();
        for (const TermMatch& match : context.term_matches(*pair.source)) {
            if (in_compound(source_text, match) || in_target.contains(match.concept_entry) ||
                !reported.insert(match.concept_entry).second || written(*match.concept_entry))
                continue;
            // Preferred terms first (an acronym for an acronym), then admitted ones.
            std::vector<std::string> approved;
            for (const Term* term : terminology->preferred_terms(*match.concept_entry,
                                                                 pair.target->locale, match.term))
                approved.push_back(term->text);
            for (const Term* term : termbase.terms_for(*match.concept_entry, pair.target->locale))
                if (term->status == TermStatus::admitted)
                    approved.push_back(term->text);
            if (approved.empty())
                continue; // the termbase has no translation to expect
            Finding& finding = sink.report(
                kInfo, document.target, *pair.target, 0, 0, "terminology.missing-translation",
                {{"term", source_text.substr(match.begin, match.end - match.begin)},
                 {"concept", match.concept_entry->id},
                 {"preferred", approved.front()},
                 {"unit", pair.unit->id}});
            finding.suggestions = approved;
        }
    }
}

} // namespace medloc
