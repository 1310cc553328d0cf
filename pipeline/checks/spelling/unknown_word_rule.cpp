#include "checks/spelling/unknown_word_rule.h"

#include "checks/check_context.h"
#include "checks/spelling/spelling_review.h"
#include "loading/article.h"

namespace medloc {

void UnknownWordRule::check(const Article& article, CheckContext& context,
                            FindingSink& sink) const {
    SpellingReview& review = context.spelling_review();
    const bool unaccented = review.lost_its_accents(article);
    for (const Block& block : article.blocks)
        for (const ReviewedWord& word : review.words(block)) {
            // In a text that lost all its accents, spelling.keyboard-fallback says so once.
            if (word.tier != SpellingTier::typo || (unaccented && word.accents_only))
                continue;
            Finding& finding = sink.report(
                kInfo, article, block, word.begin, word.end, "spelling.unknown-word",
                {{"word", block.text.text().substr(word.begin, word.end - word.begin)}});
            finding.suggestions = word.suggestions;
            if (word.locale != block.locale)
                finding.locale = word.locale;
        }
}

} // namespace medloc
