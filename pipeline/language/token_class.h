#pragma once

#include <cstddef>
#include <string_view>

namespace medloc {

// What a word token (ICU segmentation) is, for a spell checker: most are words; the others
// are classes of tokens that are written by rules other than spelling (codes, symbols,
// identifiers) and that no dictionary can judge. Decided from the token's letters and
// the characters around it, never from a list of words.
enum class TokenClass {
    word,          // to be spell-checked
    identifier,    // letters with digits (HbA1c, 3ème), mixed case (CoV, mRNA, NaCl, IgG),
                   // '_' or an inner '.' (open_blank, window.xtparam, e.g)
    chemical,      // an element symbol (IUPAC) with a charge or a count (Ca++, Na+, K+), or
                   // inside a sentence (mm Hg, le fer (Fe))
    single_letter, // a letter alone: a variable, an initial, a list mark (x, j, A)
    acronym,       // two letters or more, all capitals (IST, VIH)
    tag,           // a hashtag or a handle (#santé, @who)
    entity,        // a character reference left as text by a conversion (&lt; &nbsp;)
    list_mark,     // a lower-case Roman numeral that numbers a list: ii), (iv)
    ordinal,       // the ending of an ordinal number, after its digits with no space or
                   // one: 3 ème, 1 er, 2 nde (a spacing matter, not a spelling one)
    other_script,  // letters of another script than the Latin one (βήτα, Кишечник)
};

// The class of the token text[begin, end); `sentence_start` says whether it opens a
// sentence (see starts_sentence). Apply it after splitting an elision: "l’IgG" is "IgG".
TokenClass classify_token(std::string_view text, std::size_t begin, std::size_t end,
                          bool sentence_start);

enum class LetterCase {
    lower,       // fièvre
    capitalised, // Fièvre (one letter: F)
    upper,       // FIÈVRE, two letters or more
    mixed,       // IgG, ARNm, iPhone, McDonald
    none,        // no letter
};
LetterCase letter_case(std::string_view word);

// Whether the token at `begin` opens a sentence: at the start of the block, or after
// . ! ? … or : with only spaces, quotes, brackets, dashes and bullets between.
bool starts_sentence(std::string_view text, std::size_t begin);

// Whether a block's text is program code rather than prose (a page script pasted with the
// text): braces, and statements ended by ';' or assignments with '='. French prose has
// semicolons and parentheses, never braces.
bool is_program_code(std::string_view text);

// Whether every letter of `word` is of the Latin script (marks and digits do not count).
bool is_latin_script(std::string_view word);

// The chemical element symbols of the periodic table (IUPAC): "Na", "Cl", "K".
bool is_element_symbol(std::string_view word);

} // namespace medloc
