// ICU word segmentation with the French Hunspell dictionary and the project's word lists,
// NFC normalisation and repeated words, as the spelling rules use them.
// Properties: tokens lie inside the text, in order, without overlap; a word accepted once
// is accepted again (the verdict cache agrees with Hunspell).

#include "fuzz_support.h"
#include "language/normalization.h"
#include "language/word_tokenizer.h"
#include "spelling/dictionary_locator.h"
#include "spelling/speller.h"
#include "spelling/word_list.h"
#include "text/utf8.h"

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
    }
    const std::string normalised = to_nfc(text);
    fuzz::require(!first_non_nfc(normalised), "NFC text is NFC");
    return 0;
}
