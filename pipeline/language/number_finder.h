#pragma once

#include "language/word_tokenizer.h"

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

U_NAMESPACE_BEGIN
class NumberFormat;
U_NAMESPACE_END

namespace medloc {

struct NumberMention {
    double value = 0;
    std::size_t begin = 0; // byte range in the text
    std::size_t end = 0;
    bool spelled_out = false; // "deux", "two"
};

// Finds the numbers of a text the way its locale writes them, through ICU: "2,5" in
// French and "2.5" in English are both 2.5; "1,000" (en) and "1 000" (fr, with a space,
// no-break, narrow no-break or thin space) are 1000; number words from two to one
// hundred that ICU's spell-out rules produce for the locale ("two", "deux", "vingt")
// count too, and so do their hyphenated compounds ("cinquante-cinq", "ninety-five").
// Numbers start with a digit: "K1" and "IC95" are names. Not thread-safe: one per thread.
class NumberFinder {
public:
    explicit NumberFinder(const std::string& locale);
    ~NumberFinder();
    NumberFinder(const NumberFinder&) = delete;
    NumberFinder& operator=(const NumberFinder&) = delete;

    std::vector<NumberMention> find(std::string_view text, const std::vector<Token>& tokens) const;

private:
    std::unique_ptr<icu::NumberFormat> format_;
    std::map<std::string, double> words_; // case-folded spell-out -> value
    std::string one_;                     // "un", "one": a number only inside a compound
};

} // namespace medloc
