#include "checks/spelling/foreign_word_rule.h"

#include "checks/check_context.h"
#include "checks/spelling/spelling_review.h"
#include "loading/article.h"

namespace medloc {

void ForeignWordRule::check(const Article& article, CheckContext& context,
                            FindingSink& sink) const {
    for (const FirstOccurrence& occurrence :
         first_occurrences(article, context.spelling_review(), SpellingTier::foreign)) {
        const ReviewedWord& word = *occurrence.word;
        const Block& block = *occurrence.block;
        // The catalogue names the language or the script in the reader's language.
        Finding& finding = sink.report(
            kInfo, article, block, word.begin, word.end,
            word.other_script ? "spelling.foreign-word.other-script" : "spelling.foreign-word",
            {{"word", block.text.text().substr(word.begin, word.end - word.begin)},
             {word.other_script ? "script" : "language", word.language},
             {"count", std::to_string(occurrence.count), true}});
        if (word.locale != block.locale)
            finding.locale = word.locale;
    }
}

} // namespace medloc
