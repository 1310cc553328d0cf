// ICU word segmentation with the French Hunspell dictionary and the project's word lists,
// NFC normalisation and repeated words, as the spelling rules use them.
// Properties: tokens lie inside the text, in order, without overlap; a word accepted once
// is accepted again (the verdict cache agrees with Hunspell); every token has a class; the
// typo model's suggestions are words, other than the word, at most five, and cached.

#include "fuzz_support.h"
#include "language/normalization.h"
#include "language/token_class.h"
#include "language/word_tokenizer.h"
#include "spelling/dictionary_locator.h"
#include "spelling/speller.h"
#include "spelling/word_list.h"
#include "text/utf8.h"

#include <algorithm>
#include <memory>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace medloc;
    static std::unique_ptr<Speller> speller = [] {
        auto files = locate_dictionary("fr-FR", "/usr/share/hunspell:/usr/share/myspell/dicts");
        fuzz::require(files.ok(), "the French Hunspell dictionary (hunspell-fr) is installed");
        auto lists = load_word_lists({fuzz::source_dir() + "/terminology"});
        fuzz::require(lists.ok(), "terminology/ word lists load");
        return std::make_unique<Speller>(files.value(), lists.value().words_for("fr"));
    }();
    static WordTokenizer tokenizer("fr-FR");
    // No time for Hunspell's search: inputs stay fast, and the typo model is what is fuzzed.
    static SuggestionBudget no_time(
        SuggestionLimits{std::chrono::milliseconds(0), std::chrono::milliseconds(0)});
    FileSuggestionBudget spent_budget(no_time);
    const std::string text(reinterpret_cast<const char*>(data), size);
    if (utf8::first_invalid(text)) // medloc rejects such files before any check
        return 0;
    const std::vector<Token> tokens = tokenizer.tokenize(text);
    std::size_t previous_end = 0;
    int looked_up = 0; // Hunspell's suggestions are slow: a few words per input
    for (const Token& token : tokens) {
        fuzz::require(token.begin >= previous_end && token.begin < token.end &&
                          token.end <= text.size(),
                      "tokens lie inside the text, in order");
        previous_end = token.end;
        if (token.kind != TokenKind::word || token.end - token.begin > 64 || ++looked_up > 8)
            continue;
        const std::string word(token.in(text));
        const bool first = speller->correct(word);
        fuzz::require(speller->correct(word) == first, "the verdict cache agrees");
        // Every token has a class; the letter case of its text is one of the five.
        const TokenClass kind =
            classify_token(text, token.begin, token.end, starts_sentence(text, token.begin));
        fuzz::require(kind >= TokenClass::word && kind <= TokenClass::other_script,
                      "a token class");
        if (first || looked_up > 2)
            continue;
        // The typo model's suggestions: never the word itself, at most five, the same when
        // asked again (cached), and no Hunspell search with a spent budget.
        const Suggestions suggested = speller->suggest(word, spent_budget);
        fuzz::require(suggested.words.size() <= Speller::kMaxSuggestions, "at most five");
        fuzz::require(std::find(suggested.words.begin(), suggested.words.end(), word) ==
                          suggested.words.end(),
                      "a word is no suggestion of itself");
        fuzz::require(speller->suggest(word, spent_budget).words == suggested.words,
                      "suggestions are cached");
        for (const std::string& candidate : suggested.words)
            fuzz::require(speller->correct(candidate), "a suggestion is a word");
    }
    const std::string normalised = to_nfc(text);
    fuzz::require(!first_non_nfc(normalised), "NFC text is NFC");
    return 0;
}
