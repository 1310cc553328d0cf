#include "checks/spelling/repeated_word_rule.h"

#include "checks/check_context.h"
#include "language/normalization.h"
#include "language/token_class.h"
#include "loading/article.h"
#include "text/utf8.h"

#include <algorithm>

namespace medloc {

namespace {

bool only_spaces(std::string_view between) {
    if (between.empty())
        return false;
    for (std::size_t i = 0; i < between.size();) {
        const utf8::Decoded d = utf8::decode(between, i);
        if (d.code_point != U' ' && d.code_point != U'\t' && !is_no_break_space(d.code_point))
            return false;
        i += d.length;
    }
    return true;
}

} // namespace

void RepeatedWordRule::check(const Article& article, CheckContext& context,
                             FindingSink& sink) const {
    for (const Block& block : article.blocks) {
        const std::string& text = block.text.text();
        const std::vector<Token>& tokens = context.tokens(block);
        const LanguageProfile& profile = context.profile(block.locale);
        for (std::size_t i = 1; i < tokens.size(); ++i) {
            const Token& previous = tokens[i - 1];
            const Token& current = tokens[i];
            if (previous.kind != TokenKind::word || current.kind != TokenKind::word)
                continue;
            if (!only_spaces(
                    std::string_view(text).substr(previous.end, current.begin - previous.end)))
                continue;
            const std::string word = fold_case(current.in(text));
            if (word != fold_case(previous.in(text)))
                continue;
            if (std::find(profile.repeatable_words.begin(), profile.repeatable_words.end(), word) !=
                profile.repeatable_words.end())
                continue;
            // A zoological name whose species repeats its genus (Vulpes vulpes, Loa loa): the
            // genus capitalised inside a sentence, the species in lower case.
            if (letter_case(previous.in(text)) == LetterCase::capitalised &&
                letter_case(current.in(text)) == LetterCase::lower &&
                !starts_sentence(text, previous.begin))
                continue;
            Finding& finding =
                sink.report(kInfo, article, block, previous.begin, current.end,
                            "spelling.repeated-word", {{"word", std::string(current.in(text))}});
            finding.suggestions = {std::string(previous.in(text))};
        }
    }
}

} // namespace medloc
