#include "checks/terminology/mixed_synonyms_rule.h"

#include "checks/check_context.h"
#include "checks/terminology/terminology_service.h"
#include "loading/article.h"

#include <map>

namespace medloc {

void MixedSynonymsRule::check(const Article& article, CheckContext& context,
                              FindingSink& sink) const {
    TerminologyService* terminology = context.services().terminology;
    if (terminology == nullptr)
        return;
    // The first term used for each concept; a different term later is reported once.
    std::map<const Concept*, const Term*> first_term;
    std::map<const Term*, bool> reported;
    for (const Block& block : article.blocks) {
        for (const TermMatch& match : context.term_matches(block)) {
            const Term* term = match.term;
            if (term->is_abbreviation() || term->status == TermStatus::deprecated ||
                term->status == TermStatus::superseded)
                continue;
            auto [it, inserted] = first_term.emplace(match.concept_entry, term);
            if (inserted || it->second->text == term->text || reported[term])
                continue;
            reported[term] = true;
            const auto preferred = terminology->preferred_terms(*match.concept_entry, block.locale);
            Finding& finding = sink.report(kInfo, article, block, match.begin, match.end,
                                           "terminology.mixed-synonyms",
                                           {{"term", term->text},
                                            {"other", it->second->text},
                                            {"concept", match.concept_entry->id}});
            if (!preferred.empty())
                finding.suggestions.push_back(preferred.front()->text);
        }
    }
}

} // namespace medloc
