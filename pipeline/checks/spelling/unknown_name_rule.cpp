#include "checks/spelling/unknown_name_rule.h"

#include "checks/check_context.h"
#include "checks/spelling/spelling_review.h"
#include "loading/article.h"

namespace medloc {

void UnknownNameRule::check(const Article& article, CheckContext& context,
                            FindingSink& sink) const {
    for (const FirstOccurrence& occurrence :
         first_occurrences(article, context.spelling_review(), SpellingTier::name)) {
        const ReviewedWord& word = *occurrence.word;
        const Block& block = *occurrence.block;
        Finding& finding =
            sink.report(kInfo, article, block, word.begin, word.end, "spelling.unknown-name",
                        {{"word", block.text.text().substr(word.begin, word.end - word.begin)},
                         {"count", std::to_string(occurrence.count), true}});
        finding.suggestions = word.suggestions;
        if (word.locale != block.locale)
            finding.locale = word.locale;
    }
}

} // namespace medloc
