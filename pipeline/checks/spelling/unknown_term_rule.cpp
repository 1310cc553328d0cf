#include "checks/spelling/unknown_term_rule.h"

#include "checks/check_context.h"
#include "checks/spelling/spelling_review.h"
#include "loading/article.h"

namespace medloc {

void UnknownTermRule::check(const Article& article, CheckContext& context,
                            FindingSink& sink) const {
    for (const FirstOccurrence& occurrence :
         first_occurrences(article, context.spelling_review(), SpellingTier::term)) {
        const ReviewedWord& word = *occurrence.word;
        const Block& block = *occurrence.block;
        const std::string text = block.text.text().substr(word.begin, word.end - word.begin);
        Finding& finding =
            sink.report(kInfo, article, *occurrence.block, word.begin, word.end,
                        "unknown term '" + text +
                            "', far from every known word: if it is written right, add it to a "
                            "project word list (terminology/*.txt)" +
                            times_in_article(occurrence.count));
        finding.suggestions = word.suggestions;
        if (word.locale != block.locale)
            finding.locale = word.locale;
    }
}

} // namespace medloc
