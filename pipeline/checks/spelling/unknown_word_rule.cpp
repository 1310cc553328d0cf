#include "checks/spelling/unknown_word_rule.h"

#include "checks/check_context.h"
#include "language/normalization.h"
#include "loading/article.h"
#include "spelling/speller.h"
#include "text/utf8.h"

#include <cctype>

#include <unicode/uchar.h>

namespace medloc {

namespace {

bool is_hyphen(std::string_view between) {
    return between == "-" || between == "\u2011";
}

bool starts_with_digit(std::string_view word) {
    return !word.empty() && word[0] >= '0' && word[0] <= '9';
}

// Checks the words of one block against one locale's speller.
class BlockSpeller {
public:
    BlockSpeller(const Article& article, const Block& block, CheckContext& context,
                 FindingSink& sink, bool check_acronyms)
        : article_(article), block_(block), context_(context), sink_(sink),
          text_(block.text.text()), check_acronyms_(check_acronyms) {}

    void run() {
        const std::vector<Token>& tokens = context_.tokens(block_);
        std::size_t i = 0;
        while (i < tokens.size()) {
            // A hyphenated compound (sous-jacentes, c’est-à-dire) is one group of tokens.
            std::size_t last = i;
            while (last + 1 < tokens.size() && tokens[last].kind == TokenKind::word &&
                   tokens[last + 1].kind == TokenKind::word &&
                   is_hyphen(std::string_view(text_).substr(
                       tokens[last].end, tokens[last + 1].begin - tokens[last].end)))
                ++last;
            check_group(tokens, i, last);
            i = last + 1;
        }
    }

private:
    void check_group(const std::vector<Token>& tokens, std::size_t first, std::size_t last) {
        if (tokens[first].kind != TokenKind::word)
            return;
        if (first == last) {
            check_word(tokens[first].begin, tokens[first].end);
            return;
        }
        const std::size_t begin = tokens[first].begin;
        const std::size_t end = tokens[last].end;
        Speller* speller = speller_at(begin);
        if (speller == nullptr || skipped(begin, end))
            return;
        if (accepted(*speller, std::string_view(text_).substr(begin, end - begin)))
            return;
        // Checked as a whole first; then each part, and only unknown parts are reported.
        for (std::size_t k = first; k <= last; ++k)
            check_word(tokens[k].begin, tokens[k].end);
    }

    void check_word(std::size_t begin, std::size_t end) {
        const std::string_view word = std::string_view(text_).substr(begin, end - begin);
        if (skipped(begin, end) || starts_with_digit(word) || optional_ending(begin, end))
            return;
        if (!check_acronyms_ && is_acronym(word))
            return;
        Speller* speller = speller_at(begin);
        if (speller == nullptr || accepted(*speller, word))
            return;
        // French elision: l’, d’, qu’, jusqu’… The word after the apostrophe is checked.
        if (const std::size_t elided = elision_length(word, context_.profile(block_.locale))) {
            const std::size_t rest = begin + elided;
            if (rest >= end)
                return;
            const std::string_view remainder = std::string_view(text_).substr(rest, end - rest);
            if (accepted(*speller, remainder) || (!check_acronyms_ && is_acronym(remainder)))
                return;
            report(*speller, rest, end);
            return;
        }
        report(*speller, begin, end);
    }

    // "reflète(nt)", "patient(e)", "directeur(trice)": an optional ending in parentheses
    // glued to its word. A longer part is a word of its own and is checked:
    // "laquelle(lesquelles)".
    bool optional_ending(std::size_t begin, std::size_t end) const {
        if (begin < 2 || end >= text_.size() || text_[begin - 1] != '(' || text_[end] != ')' ||
            utf8::length(std::string_view(text_).substr(begin, end - begin)) > 5)
            return false;
        const unsigned char before = static_cast<unsigned char>(text_[begin - 2]);
        return before >= 0x80 || std::isalpha(before);
    }

    bool accepted(Speller& speller, std::string_view word) {
        std::string normalised = to_nfc(word);
        if (speller.check(normalised).correct)
            return true;
        // Dictionaries spell compounds with '-', not the no-break hyphen ‑ (U+2011), and
        // English ones know "don't" but not "don’t".
        const std::string hyphens = replaced(normalised, U'\u2011', U'-');
        if (hyphens != normalised && speller.check(hyphens).correct)
            return true;
        const std::string straight = replaced(hyphens, U'\u2019', U'\'');
        return straight != hyphens && speller.check(straight).correct;
    }

    static std::string replaced(std::string_view text, char32_t from, char32_t to) {
        std::string result;
        for (std::size_t i = 0; i < text.size();) {
            const utf8::Decoded d = utf8::decode(text, i);
            utf8::append(result, d.code_point == from ? to : d.code_point);
            i += d.length;
        }
        return result;
    }

    void report(Speller& speller, std::size_t begin, std::size_t end) {
        const std::string word(std::string_view(text_).substr(begin, end - begin));
        SpellVerdict verdict = speller.check(to_nfc(word));
        Finding& finding = sink_.report(UnknownWordRule::kInfo, article_, block_, begin, end,
                                        "unknown word '" + word + "'");
        if (verdict.suggestions.size() > 5)
            verdict.suggestions.resize(5);
        finding.suggestions = std::move(verdict.suggestions);
        const std::string locale = locale_at(begin);
        if (locale != block_.locale)
            finding.locale = locale;
    }

    // The locale of the text at `offset`: a `foreign` span switches it.
    std::string locale_at(std::size_t offset) const {
        std::string locale = block_.locale;
        for (const InlineSpan& span : block_.spans)
            if (span.element == "foreign" && offset >= span.begin && offset < span.end)
                if (const std::string* lang = span.attribute("xml:lang"))
                    locale = *lang;
        return locale;
    }

    // The speller for the text at `offset`, or null when that text is not checked (a
    // foreign language without a dictionary) or the block's dictionary is missing.
    Speller* speller_at(std::size_t offset) {
        const std::string locale = locale_at(offset);
        auto speller = context_.services().spelling->speller_for(locale);
        if (speller)
            return speller.value();
        // Foreign text in a language without a dictionary (Latin, say) is skipped; so is
        // text in a locale the project does not declare (spelling.no-dictionary says so);
        // a declared locale must have one.
        if (locale == block_.locale && context_.services().is_configured(locale))
            context_.add_configuration_error(speller.error().message);
        return nullptr;
    }

    bool skipped(std::size_t begin, std::size_t end) {
        return overlaps(context_.url_ranges(block_), begin, end);
    }

    const Article& article_;
    const Block& block_;
    CheckContext& context_;
    FindingSink& sink_;
    const std::string& text_;
    const bool check_acronyms_;
};

} // namespace

void UnknownWordRule::check(const Article& article, CheckContext& context,
                            FindingSink& sink) const {
    if (context.services().spelling == nullptr)
        return;
    for (const Block& block : article.blocks)
        BlockSpeller(article, block, context, sink, check_acronyms_).run();
}

} // namespace medloc
