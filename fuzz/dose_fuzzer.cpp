// Number and dose reading in French and English.
// Properties: every number and dose lies inside the text, in order within itself; a dose
// is the same amount as itself.

#include "dosage/dose.h"
#include "dosage/dose_finder.h"
#include "fuzz_support.h"
#include "language/number_finder.h"
#include "language/word_tokenizer.h"
#include "text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace medloc;
    if (size == 0)
        return 0;
    // The first byte picks the language, the rest is the text.
    const bool french = data[0] & 1;
    const std::string locale = french ? "fr-FR" : "en-US";
    const std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
    if (utf8::first_invalid(text)) // medloc rejects such files before any check
        return 0;
    static WordTokenizer french_words("fr-FR");
    static WordTokenizer english_words("en-US");
    static const NumberFinder french_numbers("fr-FR");
    static const NumberFinder english_numbers("en-US");
    const std::vector<Token> tokens = (french ? french_words : english_words).tokenize(text);
    const std::vector<NumberMention> numbers =
        (french ? french_numbers : english_numbers).find(text, tokens);
    for (const NumberMention& number : numbers)
        fuzz::require(number.begin < number.end && number.end <= text.size(),
                      "a number lies inside the text");
    const std::vector<Dose> doses = find_doses(text, tokens, numbers, french ? "fr" : "en");
    for (const Dose& dose : doses) {
        fuzz::require(dose.begin <= dose.end && dose.end <= text.size(),
                      "a dose lies inside the text");
        for (const auto& [begin, end] : dose.numbers)
            fuzz::require(begin <= end && end <= text.size(),
                          "a dose's number lies inside the text");
        if (dose.low == dose.low) // NaN is never the same amount as anything
            fuzz::require(same_amount(dose, dose.low, dose, dose.low),
                          "a dose is the same amount as itself");
        (void)describe(dose);
    }
    return 0;
}
