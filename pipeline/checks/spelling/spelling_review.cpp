#include "checks/spelling/spelling_review.h"

#include "checks/check_context.h"
#include "language/language_profile.h"
#include "language/normalization.h"
#include "language/token_class.h"
#include "loading/article.h"
#include "spelling/speller.h"
#include "spelling/typo_model.h"
#include "text/utf8.h"

#include <algorithm>
#include <array>
#include <cctype>

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

namespace medloc {

namespace {

// An accent, a doubled letter, a sound-alike spelling (typo_model.h).
constexpr double kCloseSlip = 0.55;

// One ordinary slip (typo_model.h): an accent, a doubled letter, a swap, a vowel or a
// key's neighbour, a letter added or dropped.
constexpr double kOneSlip = 0.9;

// How far a dictionary word may be for the unknown word to be read as its misspelling:
// one slip; two in a long word (microrragies for métrorragies).
double typo_threshold(std::size_t length) {
    if (length <= 4)
        return 0.9; // one slip, but not any letter for any other: odds is not odes
    return length >= 8 ? 1.7 : 1.0;
}

bool is_hyphen(std::string_view between) {
    return between == "-" || between == "\u2011";
}

// Characters that join the parts of a code or a designation with no space: SARS-CoV-2,
// A/California/7/2009, A(H1N1)pdm09, Na+/K+-ATPase, her-2/neu.
bool is_joiner_gap(std::string_view gap) {
    if (gap.empty() || gap.size() > 4)
        return false;
    for (std::size_t i = 0; i < gap.size();) {
        const utf8::Decoded d = utf8::decode(gap, i);
        switch (d.code_point) {
        case U'-':
        case U'\u2010':
        case U'\u2011':
        case U'/':
        case U'.':
        case U':':
        case U'(':
        case U')':
        case U'+':
            break;
        default:
            return false;
        }
        i += d.length;
    }
    return true;
}

bool only_spaces_between(std::string_view gap) {
    if (gap.empty())
        return false;
    for (std::size_t i = 0; i < gap.size();) {
        const utf8::Decoded d = utf8::decode(gap, i);
        const auto c = static_cast<UChar32>(d.code_point);
        if (!u_isUWhiteSpace(c) && c != U'\u00A0' && c != U'\u202F')
            return false;
        i += d.length;
    }
    return true;
}

std::string script_name(std::string_view word) {
    for (std::size_t i = 0; i < word.size();) {
        const utf8::Decoded d = utf8::decode(word, i);
        const auto c = static_cast<UChar32>(d.code_point);
        if (u_isalpha(c)) {
            UErrorCode status = U_ZERO_ERROR;
            const UScriptCode script = uscript_getScript(c, &status);
            if (U_SUCCESS(status) && script != USCRIPT_LATIN && script != USCRIPT_COMMON &&
                script != USCRIPT_INHERITED)
                return uscript_getName(script);
        }
        i += d.length;
    }
    return "another script";
}

// Whether a lower-case `word` after the unknown name `genus` is its species: the genus
// repeated (Vulpes vulpes), or a word with a Latin ending that is not a likely typo
// (Blaberus craniifer, Manduca sexta).
bool is_species_of(std::string_view word, std::string_view genus, SpellingTier tier) {
    const std::size_t space = genus.find_last_of(' ');
    const std::string_view last = space == std::string_view::npos ? genus : genus.substr(space + 1);
    if (fold_case(word) == fold_case(last))
        return true;
    if (tier == SpellingTier::typo)
        return false;
    for (std::string_view ending :
         {"us", "um", "ae", "ii", "is", "ensis", "oides", "ans", "ens", "a", "i", "er", "ex", "ix"})
        if (word.ends_with(ending))
            return true;
    return false;
}

// Endings of the forms a combining form is cut from: gastr-o (gastrique), front-o
// (frontal), méning-o (méninge), cutané-o (cutané), hépat-o (hépatique), bucc-o (buccal).
constexpr std::array<std::string_view, 24> kCombiningEndings = {
    "",    "e",  "é",   "al",  "ale",  "aire", "ique", "ien", "ienne", "eux", "ite", "ose",
    "ome", "ie", "ine", "one", "aque", "ial",  "ité",  "ion", "isme",  "ia",  "us",  "um"};

// The word in capitals (ok: OK), through ICU's full case mapping.
std::string upper_cased(std::string_view word) {
    std::string upper;
    icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())))
        .toUpper()
        .toUTF8String(upper);
    return upper;
}

// Whether a word has a vowel letter (y and accented vowels included): French words all
// do; a word without one is an abbreviation or a code (tn, str, nr, msd).
bool has_vowel(std::string_view word) {
    const std::string plain = plain_letters(fold_case(word));
    return plain.find_first_of("aeiouy") != std::string::npos;
}

// Whether every character of `word` is an ASCII letter.
bool is_ascii_letters(std::string_view word) {
    return !word.empty() && std::all_of(word.begin(), word.end(), [](char c) {
        return std::isalpha(static_cast<unsigned char>(c)) != 0;
    });
}

} // namespace

// The unknown words of one block, then their tiers.
class BlockReviewer {
public:
    BlockReviewer(const Block& block, CheckContext& context, FileSuggestionBudget& budget)
        : block_(block), context_(context), budget_(budget), text_(block.text.text()),
          tokens_(context.tokens(block)) {}

    std::vector<ReviewedWord> run() {
        if (is_program_code(text_))
            return {}; // a page script pasted with the text: not words
        mark_designations();
        std::size_t i = 0;
        while (i < tokens_.size()) {
            // A hyphenated compound (sous-jacentes, c’est-à-dire) is one group of tokens.
            std::size_t last = i;
            while (last + 1 < tokens_.size() && tokens_[last].kind == TokenKind::word &&
                   tokens_[last + 1].kind == TokenKind::word &&
                   is_hyphen(std::string_view(text_).substr(
                       tokens_[last].end, tokens_[last + 1].begin - tokens_[last].end)))
                ++last;
            check_group(i, last);
            i = last + 1;
        }
        return decide();
    }

private:
    struct Unknown {
        std::size_t begin = 0;
        std::size_t end = 0;
        Speller* speller = nullptr;
        std::string locale;
        bool sentence_start = false;
        std::string other_language; // a project language whose dictionary knows the word
        bool welded = false;        // a combining form welded to a word (gastrointestinal)
        bool tautonym = false;      // repeats the capitalised word before it (Loa loa)
    };

    // Tokens of a run joined with no space by - / . : ( ) +, with a number or an identifier
    // among them, form a code or designation (SARS-CoV-2, A/California/7/2009, Covid-19):
    // its short or capitalised parts are pieces of it, not words.
    void mark_designations() {
        designation_.assign(tokens_.size(), false);
        std::size_t first = 0;
        while (first < tokens_.size()) {
            std::size_t last = first;
            while (last + 1 < tokens_.size() &&
                   is_joiner_gap(std::string_view(text_).substr(
                       tokens_[last].end, tokens_[last + 1].begin - tokens_[last].end)))
                ++last;
            bool coded = false;
            for (std::size_t k = first; k <= last && last > first; ++k)
                coded = coded || tokens_[k].kind == TokenKind::number ||
                        classify_token(text_, tokens_[k].begin, tokens_[k].end, false) ==
                            TokenClass::identifier;
            // A letter, then a capital: the notation of genes and proteins (c-Myc, v-Src,
            // p-ERK); not L-dopa or D-dimères, whose second part is a word.
            if (last > first && utf8::length(tokens_[first].in(text_)) == 1 &&
                letter_case(tokens_[first + 1].in(text_)) != LetterCase::lower)
                coded = true;
            for (std::size_t k = first; coded && k <= last; ++k) {
                const std::string_view part = tokens_[k].in(text_);
                designation_[k] =
                    utf8::length(part) <= 5 || letter_case(part) == LetterCase::capitalised;
            }
            first = last + 1;
        }
    }

    void check_group(std::size_t first, std::size_t last) {
        if (tokens_[first].kind != TokenKind::word)
            return;
        if (first == last) {
            check_word(first, false);
            return;
        }
        const std::size_t begin = tokens_[first].begin;
        const std::size_t end = tokens_[last].end;
        Speller* speller = speller_at(begin);
        if (speller == nullptr || skipped(begin, end))
            return;
        if (accepted(*speller, std::string_view(text_).substr(begin, end - begin)))
            return;
        // Checked as a whole first (a verdict, no suggestions); then each part, and only
        // unknown parts are reported.
        for (std::size_t k = first; k <= last; ++k)
            check_word(k, k < last);
    }

    // The part before a hyphen is a prefix when the compound is also written welded:
    // co-administration (coadministration), bi-hebdomadaire (bihebdomadaire).
    bool welds_with_next(Speller& speller, std::size_t index) {
        if (index + 1 >= tokens_.size())
            return false;
        const std::string welded =
            to_nfc(tokens_[index].in(text_)) + to_nfc(tokens_[index + 1].in(text_));
        return speller.correct(welded);
    }

    void check_word(std::size_t index, bool before_hyphen) {
        if (designation_[index])
            return;
        const std::size_t begin = tokens_[index].begin;
        const std::size_t end = tokens_[index].end;
        if (skipped(begin, end) || optional_ending(begin, end))
            return;
        const std::string_view whole = std::string_view(text_).substr(begin, end - begin);
        // French elision: l’, d’, qu’, jusqu’… The word after the apostrophe is checked.
        const std::size_t elided = elision_length(whole, context_.profile(block_.locale));
        const std::size_t word_begin = begin + elided;
        if (word_begin >= end)
            return;
        const bool sentence_start = starts_sentence(text_, begin);
        switch (classify_token(text_, word_begin, end, sentence_start)) {
        case TokenClass::word:
        case TokenClass::other_script:
            break;
        case TokenClass::acronym:
            if (context_.services().check_acronyms)
                break;
            return;
        default:
            return; // identifiers, symbols, single letters, tags, list marks
        }
        Speller* speller = speller_at(word_begin);
        if (speller == nullptr || accepted(*speller, whole))
            return;
        const std::string_view word = std::string_view(text_).substr(word_begin, end - word_begin);
        if (elided > 0 && accepted(*speller, word))
            return;
        const std::string normalised = to_nfc(word);
        if (before_hyphen &&
            (is_combining_form(*speller, normalised) || welds_with_next(*speller, index) ||
             is_prefix(*speller, normalised, index)))
            return;
        Unknown unknown;
        unknown.welded = is_welded_compound(*speller, normalised);
        unknown.tautonym = repeats_genus(index);
        unknown.begin = word_begin;
        unknown.end = end;
        unknown.speller = speller;
        unknown.locale = locale_at(word_begin);
        unknown.sentence_start = sentence_start;
        unknown.other_language = other_language_of(normalised, unknown.locale, sentence_start);
        unknowns_.push_back(std::move(unknown));
    }

    // A zoological name whose species repeats its genus, known or not (Loa loa, Vulpes
    // vulpes): the lower-case word after the same word capitalised inside a sentence.
    bool repeats_genus(std::size_t index) const {
        if (index == 0 || tokens_[index - 1].kind != TokenKind::word)
            return false;
        const Token& genus = tokens_[index - 1];
        const std::string_view species = tokens_[index].in(text_);
        return only_spaces_between(
                   std::string_view(text_).substr(genus.end, tokens_[index].begin - genus.end)) &&
               letter_case(genus.in(text_)) == LetterCase::capitalised &&
               letter_case(species) == LetterCase::lower && !starts_sentence(text_, genus.begin) &&
               fold_case(genus.in(text_)) == fold_case(species);
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
        if (speller.correct(normalised))
            return true;
        // Dictionaries spell compounds with '-', not the no-break hyphen ‑ (U+2011), and
        // English ones know "don't" but not "don’t".
        const std::string hyphens = replaced(normalised, U'\u2011', U'-');
        if (hyphens != normalised && speller.correct(hyphens))
            return true;
        const std::string straight = replaced(hyphens, U'\u2019', U'\'');
        return straight != hyphens && speller.correct(straight);
    }

    // The first part of a compound built on a combining form: fronto-pariétal,
    // méningo-encéphalite, cutanéo-muqueux. The part ends in -o and, without it, starts a
    // word of the dictionary with an ending such forms are cut from (frontal, méninge,
    // cutané); no list of forms.
    bool is_combining_form(Speller& speller, const std::string& part) {
        const std::string lower = uncapitalised(part);
        if (lower.size() < 3 || lower.back() != 'o' || letter_case(lower) != LetterCase::lower)
            return false;
        if (speller.correct(lower))
            return true; // micro, pseudo, radio
        const std::string stem = lower.substr(0, lower.size() - 1);
        // Four letters at least: ser-o is no form (serologique is sérologique mistyped).
        if (utf8::length(stem) < 4)
            return false;
        for (std::string_view ending : kCombiningEndings)
            if (speller.correct(stem + std::string(ending)))
                return true;
        // -c- before an ending that starts with e or i is written -qu-: pancréatico-,
        // pancréatique.
        if (stem.ends_with('c')) {
            const std::string qu = stem.substr(0, stem.size() - 1) + "qu";
            for (std::string_view ending : {"e", "ique"})
                if (speller.correct(qu + std::string(ending)))
                    return true;
        }
        return false;
    }

    // A short Latin or Greek prefix before a hyphen and a dictionary word: co-administré,
    // iso-osmotique, sub-national, juxta-hépatique, myo-pectoral. Two to five plain
    // letters, lower case; not when accents alone make it a word (apres-midi is
    // après-midi mistyped).
    bool is_prefix(Speller& speller, const std::string& part, std::size_t index) {
        const std::size_t length = part.size();
        if (length < 2 || length > 5 || !is_ascii_letters(part) ||
            letter_case(part) != LetterCase::lower || index + 1 >= tokens_.size() ||
            tokens_[index + 1].kind != TokenKind::word ||
            !accepted(speller, tokens_[index + 1].in(text_)))
            return false;
        const Suggestions found = speller.suggest(part, budget_);
        return std::none_of(found.words.begin(), found.words.end(), [&](const std::string& other) {
            return plain_letters(fold_case(other)) == part;
        });
    }

    // A compound welded as the 1990 rectifications recommend (gastrointestinal,
    // céphalorachidien, leucoencéphalopathie): a combining form, then a word of five
    // letters or more. Not with spelling.french-1990 = reject.
    bool is_welded_compound(Speller& speller, const std::string& word) {
        if (!speller.accepts_1990_spellings() || letter_case(word) != LetterCase::lower)
            return false;
        for (std::size_t at = 3; at + 5 <= word.size(); ++at) {
            if (word[at - 1] != 'o' || utf8::is_continuation(static_cast<unsigned char>(word[at])))
                continue;
            const std::string rest = word.substr(at);
            if (utf8::length(rest) >= 5 && speller.correct(rest) &&
                is_combining_form(speller, word.substr(0, at)))
                return true;
        }
        return false;
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

    // The locale of the text at `offset`: a `foreign` span switches it.
    std::string locale_at(std::size_t offset) const {
        std::string locale = block_.locale;
        for (const InlineSpan& span : block_.spans)
            if (span.element == "foreign" && offset >= span.begin && offset < span.end)
                if (const std::string* lang = span.attribute("xml:lang"))
                    locale = context_.services().spelling_locale(*lang);
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
        return overlaps(context_.url_ranges(block_), begin, end) || in_dose_unit(begin, end);
    }

    // The unit of a dose the dose reader recognised ("5 cc", "10 UI", "2 cp"): a unit name
    // or symbol, matched exactly, not a word to spell (medical.error-prone-unit judges the
    // notation).
    bool in_dose_unit(std::size_t begin, std::size_t end) {
        for (const Dose& dose : context_.doses(block_))
            if (!dose.implicit && !dose.numbers.empty() && begin >= dose.numbers.back().second &&
                end <= dose.end)
                return true;
        return false;
    }

    // A language of the project (or English, the language medical text most often
    // quotes) other than the text's own whose dictionary knows the word; "" for none.
    std::string other_language_of(const std::string& word, const std::string& locale,
                                  bool sentence_start) {
        const std::string own = language_of(locale);
        std::vector<std::string> candidates = context_.services().configured_locales;
        candidates.push_back("en-US");
        for (const std::string& other : candidates) {
            if (language_of(other) == own)
                continue;
            auto speller = context_.services().spelling->speller_for(other);
            if (!speller)
                continue;
            if (speller.value()->correct(word) ||
                (sentence_start && speller.value()->correct(uncapitalised(word))))
                return language_of(other);
        }
        return {};
    }

    // A capital without its accent: Etude for Étude, Ecole for École.
    std::string accented_capital(Speller& speller, const std::string& word) {
        static constexpr std::array<std::pair<char, std::string_view>, 9> kAccentedCapitals = {
            {{'E', "É"},
             {'E', "È"},
             {'E', "Ê"},
             {'A', "À"},
             {'A', "Â"},
             {'C', "Ç"},
             {'I', "Î"},
             {'O', "Ô"},
             {'U', "Û"}}};
        if (word.empty() || letter_case(word) != LetterCase::capitalised)
            return {};
        for (const auto& [plain, accented] : kAccentedCapitals)
            if (word[0] == plain) {
                const std::string candidate = std::string(accented) + word.substr(1);
                if (speller.correct(candidate))
                    return candidate;
            }
        return {};
    }

    // Unknown words that another language knows, two or more in a row with nothing but
    // spaces and punctuation between them, are a phrase of that language ("Recommendations
    // of the American Thoracic Society", "medical exam"): each is foreign, even "the",
    // which French would read as thé without its accent.
    std::vector<bool> foreign_phrases() const {
        std::vector<bool> phrase(unknowns_.size(), false);
        for (std::size_t i = 0; i + 1 < unknowns_.size(); ++i) {
            const Unknown& a = unknowns_[i];
            const Unknown& b = unknowns_[i + 1];
            if (a.other_language.empty() || a.other_language != b.other_language)
                continue;
            const std::string_view gap = std::string_view(text_).substr(a.end, b.begin - a.end);
            bool letters = false;
            for (std::size_t k = 0; k < gap.size();) {
                const utf8::Decoded d = utf8::decode(gap, k);
                letters = letters || u_isalnum(static_cast<UChar32>(d.code_point));
                k += d.length;
            }
            if (!letters)
                phrase[i] = phrase[i + 1] = true;
        }
        return phrase;
    }

    // œ or æ typed as two letters: oedème for œdème, OEdème for Œdème, coeur for cœur.
    std::string with_ligature(Speller& speller, const std::string& word) {
        static constexpr std::array<std::pair<std::string_view, std::string_view>, 6> kPairs = {
            {{"oe", "œ"}, {"ae", "æ"}, {"Oe", "Œ"}, {"OE", "Œ"}, {"Ae", "Æ"}, {"AE", "Æ"}}};
        std::string all = word;
        bool found = false;
        for (const auto& [split, joined] : kPairs)
            for (std::size_t at = all.find(split); at != std::string::npos;
                 at = all.find(split, at + joined.size())) {
                all.replace(at, split.size(), joined);
                found = true;
            }
        if (found && speller.correct(all))
            return all;
        // One pair only, when the word has several (coexistence, not cœxistence).
        for (const auto& [split, joined] : kPairs)
            for (std::size_t at = word.find(split); at != std::string::npos;
                 at = word.find(split, at + 1)) {
                std::string one = word;
                one.replace(at, split.size(), joined);
                if (speller.correct(one))
                    return one;
            }
        return {};
    }

    // A name the dictionary knows, written in lower case (doliprane, simone), unless a
    // lower-case word is an accent, a letter or a sound away (kelle is quelle).
    static bool is_name_in_lower_case(const std::string& word, const Suggestions& found) {
        const std::string name = capitalised(word);
        if (name == word ||
            std::find(found.words.begin(), found.words.end(), name) == found.words.end())
            return false;
        for (const std::string& other : found.words)
            if (other != name && uncapitalised(other) == other &&
                typo_distance(word, other) <= kCloseSlip)
                return false;
        return true;
    }

    // Whether a lower-case suggestion is an accent, a doubled letter or a sound away.
    static bool close_to_lower_case_word(const std::string& word, const Suggestions& found) {
        return std::any_of(found.words.begin(), found.words.end(), [&](const std::string& other) {
            return uncapitalised(other) == other && typo_distance(word, other) <= kCloseSlip;
        });
    }

    // Whether one of the suggestions other than the word's hyphenated spelling is an
    // accent, a doubled letter or a sound away.
    static bool mistyped_word(const std::string& word, const Suggestions& found) {
        for (const std::string& other : found.words) {
            std::string unhyphenated = other;
            std::erase(unhyphenated, '-');
            if (unhyphenated != word && typo_distance(word, other) <= kCloseSlip)
                return true;
        }
        return false;
    }

    std::vector<ReviewedWord> decide() {
        const std::vector<bool> phrase = foreign_phrases();
        std::vector<ReviewedWord> reviewed;
        for (std::size_t index = 0; index < unknowns_.size(); ++index) {
            const Unknown& u = unknowns_[index];
            const std::string word =
                to_nfc(std::string_view(text_).substr(u.begin, u.end - u.begin));
            ReviewedWord r;
            r.begin = u.begin;
            r.end = u.end;
            r.locale = u.locale;
            const LetterCase shape = letter_case(word);
            // Alone, two letters (co, ll) say nothing of a language; in a phrase they do.
            const std::string& other_language =
                utf8::length(word) >= 3 ? u.other_language : std::string();
            if (!is_latin_script(word)) {
                r.tier = SpellingTier::foreign;
                r.language = script_name(word);
                r.other_script = true;
            } else if (u.tautonym) {
                continue; // the genus says it all: known, or reported as a name
            } else if (phrase[index]) {
                r.tier = SpellingTier::foreign;
                r.language = u.other_language;
            } else if (std::string accented = accented_capital(*u.speller, word);
                       !accented.empty()) {
                r.tier = SpellingTier::unaccented_capital;
                r.suggestions = {std::move(accented)};
            } else if (std::string joined = with_ligature(*u.speller, word); !joined.empty()) {
                r.tier = SpellingTier::split_ligature;
                r.suggestions = {std::move(joined)};
            } else if (shape == LetterCase::capitalised && !u.sentence_start) {
                r.tier = SpellingTier::name;
                r.suggestions = u.speller->suggest(word, budget_).words;
            } else {
                Suggestions found = u.speller->suggest(word, budget_);
                const std::size_t length = utf8::length(word);
                // A welded compound is accepted unless it is a known word mistyped (an
                // accent, a letter, a sound): sérologique, not sero + logique; européens,
                // not euro + péans. Its own hyphenated spelling does not count.
                if (u.welded && !mistyped_word(word, found))
                    continue;
                if (is_name_in_lower_case(word, found)) {
                    r.tier = SpellingTier::name; // a name written in lower case
                } else if (shape == LetterCase::lower && u.speller->correct(upper_cased(word)) &&
                           (length <= 2 || !close_to_lower_case_word(word, found))) {
                    // An acronym the dictionary knows, in lower case (ok, OK): a matter of
                    // case, not of letters; unless a word is an accent, a letter or a sound
                    // away (gama is gamma mistyped, though GAMA is an acronym). Two letters
                    // are a slip away from many words: that says nothing.
                    r.tier = SpellingTier::name;
                    found.words.insert(found.words.begin(), upper_cased(word));
                } else if (shape == LetterCase::lower && !has_vowel(word)) {
                    r.tier = SpellingTier::term; // an abbreviation: tn, str, msd
                } else if (found.closest <= typo_threshold(length) &&
                           (other_language.empty() || found.closest <= kOneSlip)) {
                    // Before another language when one slip away: in French text, "come"
                    // is comme mistyped; "remnants" is English, not remuants.
                    r.tier = SpellingTier::typo;
                } else if (!other_language.empty()) {
                    r.tier = SpellingTier::foreign;
                    r.language = other_language;
                } else if (shape == LetterCase::capitalised) {
                    r.tier = SpellingTier::name; // a name that opens a sentence
                } else {
                    r.tier = SpellingTier::term;
                }
                if (r.tier != SpellingTier::foreign)
                    r.suggestions = std::move(found.words);
                r.accents_only = r.tier == SpellingTier::typo && !r.suggestions.empty() &&
                                 plain_letters(r.suggestions.front()) == plain_letters(word);
            }
            // A species after an unknown genus, or repeating it, is part of the name:
            // "Papio papio", "Loa loa", "Vulpes vulpes".
            if (!reviewed.empty() && reviewed.back().tier == SpellingTier::name &&
                shape == LetterCase::lower && r.tier != SpellingTier::name &&
                only_spaces_between(std::string_view(text_).substr(
                    reviewed.back().end, r.begin - reviewed.back().end)) &&
                is_species_of(
                    word,
                    std::string_view(text_).substr(reviewed.back().begin,
                                                   reviewed.back().end - reviewed.back().begin),
                    r.tier)) {
                r.tier = SpellingTier::name;
                r.suggestions.clear();
            }
            // Names and foreign words next to each other are one: "Eli Lilly",
            // "health care".
            if (!reviewed.empty() &&
                (r.tier == SpellingTier::name || r.tier == SpellingTier::foreign) &&
                reviewed.back().tier == r.tier && reviewed.back().language == r.language &&
                only_spaces_between(std::string_view(text_).substr(
                    reviewed.back().end, r.begin - reviewed.back().end))) {
                reviewed.back().end = r.end;
                reviewed.back().suggestions.clear();
                continue;
            }
            reviewed.push_back(std::move(r));
        }
        return reviewed;
    }

    const Block& block_;
    CheckContext& context_;
    FileSuggestionBudget& budget_;
    const std::string& text_;
    const std::vector<Token>& tokens_;
    std::vector<bool> designation_;
    std::vector<Unknown> unknowns_;
};

std::vector<FirstOccurrence> first_occurrences(const Article& article, SpellingReview& review,
                                               SpellingTier tier) {
    std::vector<FirstOccurrence> found;
    std::map<std::string, std::size_t> index;
    for (const Block& block : article.blocks)
        for (const ReviewedWord& word : review.words(block)) {
            if (word.tier != tier)
                continue;
            const std::string text = block.text.text().substr(word.begin, word.end - word.begin);
            const auto [it, inserted] = index.emplace(text, found.size());
            if (inserted)
                found.push_back({&block, &word, 0});
            ++found[it->second].count;
        }
    return found;
}

namespace {

bool has_accented_letter(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const utf8::Decoded d = utf8::decode(text, i);
        const auto c = static_cast<UChar32>(d.code_point);
        if (c >= 0xC0 && u_isalpha(c) && is_latin_script(text.substr(i, d.length)))
            return true;
        i += d.length;
    }
    return false;
}

} // namespace

bool SpellingReview::lost_its_accents(const Article& article) {
    if (auto it = unaccented_.find(&article); it != unaccented_.end())
        return it->second;
    bool accented = false;
    std::size_t missing = 0;
    for (const Block& block : article.blocks) {
        accented = accented || has_accented_letter(block.text.text());
        for (const ReviewedWord& word : words(block))
            missing += word.accents_only;
    }
    return unaccented_[&article] = !accented && missing >= 2;
}

SpellingReview::SpellingReview(CheckContext& context) : context_(context) {}

SpellingReview::~SpellingReview() = default;

FileSuggestionBudget& SpellingReview::budget() {
    if (!budget_)
        budget_ = std::make_unique<FileSuggestionBudget>(
            context_.services().spelling->suggestion_budget());
    return *budget_;
}

const std::vector<ReviewedWord>& SpellingReview::words(const Block& block) {
    auto it = words_.find(&block);
    if (it != words_.end())
        return it->second;
    std::vector<ReviewedWord> found;
    if (context_.services().spelling != nullptr)
        found = BlockReviewer(block, context_, budget()).run();
    return words_.emplace(&block, std::move(found)).first->second;
}

} // namespace medloc
