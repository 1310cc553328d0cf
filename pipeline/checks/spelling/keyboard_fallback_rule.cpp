#include "checks/spelling/keyboard_fallback_rule.h"

#include "checks/check_context.h"
#include "checks/spelling/spelling_review.h"
#include "loading/article.h"
#include "text/utf8.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>

namespace medloc {

namespace {

struct LettersUsed {
    bool accented_capital = false; // É, À, Ç…
    bool ligature = false;         // œ, æ, Œ, Æ
};

LettersUsed letters_used(const Article& article) {
    LettersUsed used;
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    for (const Block& block : article.blocks) {
        const std::string& text = block.text.text();
        for (std::size_t i = 0; i < text.size();) {
            const utf8::Decoded d = utf8::decode(text, i);
            const auto c = static_cast<UChar32>(d.code_point);
            i += d.length;
            if (c < 0x80)
                continue;
            if (c == U'œ' || c == U'æ' || c == U'Œ' || c == U'Æ') {
                used.ligature = true;
                continue;
            }
            icu::UnicodeString decomposition;
            if (U_SUCCESS(status) && u_isupper(c) && nfd->getDecomposition(c, decomposition) &&
                decomposition.length() > 1)
                used.accented_capital = true;
        }
    }
    return used;
}

} // namespace

void KeyboardFallbackRule::check(const Article& article, CheckContext& context,
                                 FindingSink& sink) const {
    struct Occurrence {
        const Block* block;
        const ReviewedWord* word;
    };
    std::vector<Occurrence> capitals;
    std::vector<Occurrence> ligatures;
    std::vector<Occurrence> unaccented;
    SpellingReview& review = context.spelling_review();
    const bool lost_accents = review.lost_its_accents(article);
    for (const Block& block : article.blocks)
        for (const ReviewedWord& word : review.words(block)) {
            if (word.tier == SpellingTier::unaccented_capital)
                capitals.push_back({&block, &word});
            else if (word.tier == SpellingTier::split_ligature)
                ligatures.push_back({&block, &word});
            else if (lost_accents && word.tier == SpellingTier::typo && word.accents_only)
                unaccented.push_back({&block, &word});
        }
    if (capitals.empty() && ligatures.empty() && unaccented.empty())
        return;
    const LettersUsed used = letters_used(article);
    // The article's convention (no accented capital, no ligature anywhere) is one finding
    // at its first word, with the count; a word that breaks the article's own habit is one
    // finding each.
    const auto report = [&](const std::vector<Occurrence>& found, bool convention,
                            std::string_view convention_id, std::string_view word_id) {
        for (const Occurrence& occurrence : found) {
            const Block& block = *occurrence.block;
            const ReviewedWord& word = *occurrence.word;
            const std::string text = block.text.text().substr(word.begin, word.end - word.begin);
            std::vector<MessageArgument> arguments = {
                {"word", text},
                {"fixed", word.suggestions.empty() ? text : word.suggestions.front()}};
            if (convention)
                arguments.push_back({"words", std::to_string(found.size()), true});
            Finding& finding =
                sink.report(kInfo, article, block, word.begin, word.end,
                            convention ? convention_id : word_id, std::move(arguments));
            finding.suggestions = word.suggestions;
            if (word.locale != block.locale)
                finding.locale = word.locale;
            if (convention)
                break;
        }
    };
    report(capitals, !used.accented_capital, "spelling.keyboard-fallback.capitals",
           "spelling.keyboard-fallback.capital");
    report(ligatures, !used.ligature, "spelling.keyboard-fallback.ligatures",
           "spelling.keyboard-fallback.ligature");
    report(unaccented, true, "spelling.keyboard-fallback.accents", {});
}

} // namespace medloc
