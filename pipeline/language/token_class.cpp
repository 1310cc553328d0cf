#include "language/token_class.h"

#include "text/utf8.h"

#include <algorithm>
#include <array>

#include <unicode/uchar.h>
#include <unicode/uscript.h>

namespace medloc {

namespace {

// IUPAC symbols of the 118 elements.
constexpr std::array<std::string_view, 118> kElementSymbols = {
    "H",  "He", "Li", "Be", "B",  "C",  "N",  "O",  "F",  "Ne", "Na", "Mg", "Al", "Si", "P",
    "S",  "Cl", "Ar", "K",  "Ca", "Sc", "Ti", "V",  "Cr", "Mn", "Fe", "Co", "Ni", "Cu", "Zn",
    "Ga", "Ge", "As", "Se", "Br", "Kr", "Rb", "Sr", "Y",  "Zr", "Nb", "Mo", "Tc", "Ru", "Rh",
    "Pd", "Ag", "Cd", "In", "Sn", "Sb", "Te", "I",  "Xe", "Cs", "Ba", "La", "Ce", "Pr", "Nd",
    "Pm", "Sm", "Eu", "Gd", "Tb", "Dy", "Ho", "Er", "Tm", "Yb", "Lu", "Hf", "Ta", "W",  "Re",
    "Os", "Ir", "Pt", "Au", "Hg", "Tl", "Pb", "Bi", "Po", "At", "Rn", "Fr", "Ra", "Ac", "Th",
    "Pa", "U",  "Np", "Pu", "Am", "Cm", "Bk", "Cf", "Es", "Fm", "Md", "No", "Lr", "Rf", "Db",
    "Sg", "Bh", "Hs", "Mt", "Ds", "Rg", "Cn", "Nh", "Fl", "Mc", "Lv", "Ts", "Og"};

UChar32 code_point_at(std::string_view text, std::size_t offset) {
    const utf8::Decoded d = utf8::decode(text, offset);
    return d.code_point == utf8::kInvalid ? 0xFFFD : static_cast<UChar32>(d.code_point);
}

// The code point that ends just before `offset`, and where it starts.
std::pair<UChar32, std::size_t> code_point_before(std::string_view text, std::size_t offset) {
    std::size_t start = offset - 1;
    while (start > 0 && utf8::is_continuation(static_cast<unsigned char>(text[start])))
        --start;
    return {code_point_at(text, start), start};
}

bool is_charge_or_count(std::string_view text, std::size_t end) {
    if (end >= text.size())
        return false;
    const UChar32 next = code_point_at(text, end);
    switch (next) {
    case U'+':
    case U'\u207A': // superscript plus
    case U'\u2212': // minus sign
    case U'\u207B': // superscript minus
    case U'\u00B2':
    case U'\u00B3':
        return true;
    case U'-': {
        // "Cl-" (a charge), not "Co-trimoxazole" (a compound).
        const std::size_t after = end + 1;
        return after >= text.size() || !u_isalpha(code_point_at(text, after));
    }
    default:
        // Digits, superscript and subscript digits: Ca2, Fe³, H₂.
        return u_isdigit(next) || (next >= 0x2070 && next <= 0x2079) ||
               (next >= 0x2080 && next <= 0x2089);
    }
}

bool is_lower_roman_numeral(std::string_view word) {
    // i..xxxix, the numbers lists go to; "civil" or "mix" are words, not list marks.
    static constexpr std::array<std::string_view, 10> units = {"",  "i",  "ii",  "iii",  "iv",
                                                               "v", "vi", "vii", "viii", "ix"};
    for (std::string_view tens : {"", "x", "xx", "xxx"})
        for (std::string_view unit : units)
            if (!(tens.empty() && unit.empty()) && word.size() == tens.size() + unit.size() &&
                word.starts_with(tens) && word.ends_with(unit))
                return true;
    return false;
}

// The endings French (and English) write after the digits of an ordinal number: 1er, 1re,
// 1ère, 2e, 2ème, 2eme, 2nd, 2nde, 2d, 2de; 1st, 3rd, 4th. A closed set of the grammar.
bool is_ordinal_ending(std::string_view word) {
    static constexpr std::array<std::string_view, 13> kEndings = {
        "e", "er", "re", "ère", "ème", "eme", "nd", "nde", "d", "de", "st", "rd", "th"};
    return std::find(kEndings.begin(), kEndings.end(), word) != kEndings.end();
}

// Whether the token at `begin` follows a digit, with no space between or one.
bool follows_digits(std::string_view text, std::size_t begin) {
    if (begin == 0)
        return false;
    auto [c, start] = code_point_before(text, begin);
    if (u_isUWhiteSpace(c) || c == U'\u00A0' || c == U'\u202F') {
        if (start == 0)
            return false;
        c = code_point_before(text, start).first;
    }
    return u_isdigit(c);
}

// Spaces, quotes, brackets, dashes and bullets between a sentence's end and its first word.
bool is_sentence_filler(UChar32 c) {
    if (u_isUWhiteSpace(c) || c == U'\u00A0' || c == U'\u202F')
        return true;
    switch (u_charType(c)) {
    case U_INITIAL_PUNCTUATION: // « “ ‘
    case U_FINAL_PUNCTUATION:   // » ” ’
    case U_START_PUNCTUATION:   // ( [ {
    case U_END_PUNCTUATION:     // ) ] }
    case U_DASH_PUNCTUATION:    // - – —
        return true;
    default:
        return c == U'"' || c == U'\'' || c == U'\u2022' || c == U'\u00B7' || c == U'*' ||
               c == U'\u2212';
    }
}

} // namespace

LetterCase letter_case(std::string_view word) {
    int letters = 0;
    int upper = 0;
    bool first_upper = false;
    bool later_upper = false;
    for (std::size_t i = 0; i < word.size();) {
        const utf8::Decoded d = utf8::decode(word, i);
        const UChar32 c = static_cast<UChar32>(d.code_point);
        if (u_isalpha(c)) {
            const bool is_upper = u_isupper(c) || u_istitle(c);
            if (letters == 0)
                first_upper = is_upper;
            else if (is_upper)
                later_upper = true;
            upper += is_upper;
            ++letters;
        }
        i += d.length;
    }
    if (letters == 0)
        return LetterCase::none;
    if (upper == 0)
        return LetterCase::lower;
    if (upper == letters)
        return letters == 1 ? LetterCase::capitalised : LetterCase::upper;
    if (first_upper && !later_upper)
        return LetterCase::capitalised;
    return LetterCase::mixed;
}

bool is_latin_script(std::string_view word) {
    for (std::size_t i = 0; i < word.size();) {
        const utf8::Decoded d = utf8::decode(word, i);
        const UChar32 c = static_cast<UChar32>(d.code_point);
        if (u_isalpha(c)) {
            UErrorCode status = U_ZERO_ERROR;
            const UScriptCode script = uscript_getScript(c, &status);
            if (U_SUCCESS(status) && script != USCRIPT_LATIN && script != USCRIPT_COMMON &&
                script != USCRIPT_INHERITED)
                return false;
        }
        i += d.length;
    }
    return true;
}

bool is_program_code(std::string_view text) {
    const auto count = [&](char c) { return std::count(text.begin(), text.end(), c); };
    return count('{') >= 1 && count('}') >= 1 && count(';') + count('=') >= 1;
}

bool is_element_symbol(std::string_view word) {
    return std::find(kElementSymbols.begin(), kElementSymbols.end(), word) != kElementSymbols.end();
}

bool starts_sentence(std::string_view text, std::size_t begin) {
    std::size_t at = std::min(begin, text.size());
    while (at > 0) {
        const auto [c, start] = code_point_before(text, at);
        if (c == U'.' || c == U'!' || c == U'?' || c == U'\u2026' || c == U':')
            return true;
        if (!is_sentence_filler(c))
            return false;
        at = start;
    }
    return true;
}

TokenClass classify_token(std::string_view text, std::size_t begin, std::size_t end,
                          bool sentence_start) {
    const std::string_view word = text.substr(begin, end - begin);
    if (word.starts_with('@') || word.starts_with('#'))
        return TokenClass::tag;
    if (begin > 0) {
        const UChar32 before = code_point_before(text, begin).first;
        if (before == U'#' || before == U'@')
            return TokenClass::tag;
        if (before == U'&' && end < text.size() && text[end] == ';')
            return TokenClass::entity;
    }
    int letters = 0;
    int latin_letters = 0;
    bool identifier = false;
    for (std::size_t i = 0; i < word.size();) {
        const utf8::Decoded d = utf8::decode(word, i);
        const UChar32 c = static_cast<UChar32>(d.code_point);
        if (u_isalpha(c)) {
            ++letters;
            UErrorCode status = U_ZERO_ERROR;
            const UScriptCode script = uscript_getScript(c, &status);
            latin_letters += U_FAILURE(status) || script == USCRIPT_LATIN ||
                             script == USCRIPT_COMMON || script == USCRIPT_INHERITED;
        } else if (u_isdigit(c) || c == U'_') {
            identifier = true;
        } else if (c == U'.' && i > 0 && i + 1 < word.size()) {
            identifier = true; // e.g, p.ex, window.xtparam
        }
        i += d.length;
    }
    if (letters == 1)
        return identifier ? TokenClass::identifier : TokenClass::single_letter;
    if (latin_letters < letters)
        return latin_letters == 0 && !identifier ? TokenClass::other_script
                                                 : TokenClass::identifier;
    if (identifier)
        return TokenClass::identifier;
    const LetterCase shape = letter_case(word);
    if (shape == LetterCase::upper)
        return TokenClass::acronym;
    // OEdème, AEgle: a capital Œ or Æ typed as two capitals is a word, not an identifier.
    if (shape == LetterCase::mixed && !((word.starts_with("OE") || word.starts_with("AE")) &&
                                        letter_case(word.substr(2)) == LetterCase::lower))
        return TokenClass::identifier;
    if (shape == LetterCase::capitalised && word.size() <= 2 && is_element_symbol(word) &&
        (!sentence_start || is_charge_or_count(text, end)))
        return TokenClass::chemical;
    if (shape == LetterCase::lower && is_ordinal_ending(word) && follows_digits(text, begin))
        return TokenClass::ordinal;
    if (shape == LetterCase::lower && is_lower_roman_numeral(word)) {
        const bool closed = end < text.size() && text[end] == ')';
        const bool opened = begin > 0 && text[begin - 1] == '(';
        if (closed || opened)
            return TokenClass::list_mark;
    }
    return TokenClass::word;
}

} // namespace medloc
