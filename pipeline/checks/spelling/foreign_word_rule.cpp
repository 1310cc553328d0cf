#include "checks/spelling/foreign_word_rule.h"

#include "checks/check_context.h"
#include "checks/spelling/spelling_review.h"
#include "loading/article.h"

#include <unicode/locid.h>

namespace medloc {

namespace {

std::string english_name(const std::string& language) {
    icu::UnicodeString name;
    icu::Locale(language.c_str()).getDisplayLanguage(icu::Locale::getEnglish(), name);
    std::string out;
    name.toUTF8String(out);
    return out.empty() || out == language ? language : out;
}

} // namespace

void ForeignWordRule::check(const Article& article, CheckContext& context,
                            FindingSink& sink) const {
    for (const FirstOccurrence& occurrence :
         first_occurrences(article, context.spelling_review(), SpellingTier::foreign)) {
        const ReviewedWord& word = *occurrence.word;
        const Block& block = *occurrence.block;
        const std::string text = block.text.text().substr(word.begin, word.end - word.begin);
        const std::string message =
            word.other_script ? "'" + text + "' is in another script (" + word.language +
                                    "): mark its language with <foreign xml:lang=\"…\">"
                              : "'" + text + "' is " + english_name(word.language) +
                                    ", not the text's language: mark it with <foreign xml:lang=\"" +
                                    word.language + "\">, or add it to a project word list";
        Finding& finding = sink.report(kInfo, article, block, word.begin, word.end,
                                       message + times_in_article(occurrence.count));
        if (word.locale != block.locale)
            finding.locale = word.locale;
    }
}

} // namespace medloc
