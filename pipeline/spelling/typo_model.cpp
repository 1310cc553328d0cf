#include "spelling/typo_model.h"

#include "text/utf8.h"

#include <algorithm>
#include <array>
#include <unordered_set>

#include <unicode/uchar.h>

namespace medloc {

namespace {

std::u32string decode(std::string_view text) {
    std::u32string out;
    for (std::size_t i = 0; i < text.size();) {
        const utf8::Decoded d = utf8::decode(text, i);
        out.push_back(d.code_point == utf8::kInvalid ? U'\uFFFD' : d.code_point);
        i += d.length;
    }
    return out;
}

std::string encode(std::u32string_view text) {
    std::string out;
    for (char32_t c : text)
        utf8::append(out, c);
    return out;
}

char32_t lower(char32_t c) {
    return static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
}

char32_t upper(char32_t c) {
    return static_cast<char32_t>(u_toupper(static_cast<UChar32>(c)));
}

// The French accented letters and their base letter.
struct Accented {
    char32_t letter;
    char32_t base;
};
constexpr std::array<Accented, 17> kAccented = {{{U'é', U'e'},
                                                 {U'è', U'e'},
                                                 {U'ê', U'e'},
                                                 {U'ë', U'e'},
                                                 {U'à', U'a'},
                                                 {U'â', U'a'},
                                                 {U'ä', U'a'},
                                                 {U'î', U'i'},
                                                 {U'ï', U'i'},
                                                 {U'ô', U'o'},
                                                 {U'ö', U'o'},
                                                 {U'ù', U'u'},
                                                 {U'û', U'u'},
                                                 {U'ü', U'u'},
                                                 {U'ç', U'c'},
                                                 {U'ÿ', U'y'},
                                                 {U'ñ', U'n'}}};

char32_t base_of(char32_t c) {
    c = lower(c);
    for (const Accented& a : kAccented)
        if (a.letter == c)
            return a.base;
    return c;
}

bool is_vowel(char32_t c) {
    const char32_t b = base_of(c);
    return b == U'a' || b == U'e' || b == U'i' || b == U'o' || b == U'u' || b == U'y';
}

// Rows of the AZERTY and QWERTY keyboards: letters side by side are neighbours.
constexpr std::array<std::u32string_view, 6> kKeyboardRows = {
    U"azertyuiop", U"qsdfghjklm", U"wxcvbn", U"qwertyuiop", U"asdfghjkl", U"zxcvbnm"};

bool keyboard_neighbours(char32_t a, char32_t b) {
    for (std::u32string_view row : kKeyboardRows) {
        const auto i = row.find(a);
        const auto j = row.find(b);
        if (i != std::u32string_view::npos && j != std::u32string_view::npos &&
            (i + 1 == j || j + 1 == i))
            return true;
    }
    return false;
}

std::u32string expand_ligatures(std::u32string_view text, int& ligatures) {
    std::u32string out;
    for (char32_t c : text) {
        if (c == U'œ' || c == U'æ') {
            out.push_back(c == U'œ' ? U'o' : U'a');
            out.push_back(U'e');
            ++ligatures;
        } else {
            out.push_back(c);
        }
    }
    return out;
}

// `a` is the letter written, `b` the word's.
double substitution_cost(char32_t a, char32_t b) {
    if (a == b)
        return 0;
    if (base_of(a) == base_of(b)) {
        // An accent forgotten costs least (é, è and à, the accents French writes and forgets
        // most, least of all), then one changed (aprés), then one typed where there is none
        // (sucès is succès with one c before it is suces).
        if (base_of(a) == a) {
            const bool common = b == U'é' || b == U'è' || b == U'à';
            return common ? 0.15 : 0.2;
        }
        return base_of(b) == b ? 0.45 : 0.25;
    }
    if (is_vowel(a) && is_vowel(b))
        return 0.7;
    if (keyboard_neighbours(base_of(a), base_of(b)))
        return 0.7;
    return 1.0;
}

// Cost of the letter at `at` of `text` being there in one spelling and absent in the other.
double indel_cost(std::u32string_view text, std::size_t at) {
    const char32_t c = text[at];
    if ((at > 0 && text[at - 1] == c) || (at + 1 < text.size() && text[at + 1] == c))
        return 0.5; // a doubled letter
    if (c == U'h')
        return 0.5; // silent h: ématome, rythme/rytme
    if (c == U'e' && at + 1 == text.size())
        return 0.6; // silent final e
    if (c == U'-')
        return 0.3; // gastro-intestinal, gastrointestinal
    return 0.9;
}

// Optimal string alignment distance with the costs above.
double weighted_distance(std::u32string_view a, std::u32string_view b) {
    const std::size_t n = a.size();
    const std::size_t m = b.size();
    std::vector<double> d((n + 1) * (m + 1));
    const auto at = [&](std::size_t i, std::size_t j) -> double& { return d[i * (m + 1) + j]; };
    at(0, 0) = 0;
    for (std::size_t i = 1; i <= n; ++i)
        at(i, 0) = at(i - 1, 0) + indel_cost(a, i - 1);
    for (std::size_t j = 1; j <= m; ++j)
        at(0, j) = at(0, j - 1) + indel_cost(b, j - 1);
    for (std::size_t i = 1; i <= n; ++i)
        for (std::size_t j = 1; j <= m; ++j) {
            double best =
                std::min({at(i - 1, j) + indel_cost(a, i - 1), at(i, j - 1) + indel_cost(b, j - 1),
                          at(i - 1, j - 1) + substitution_cost(a[i - 1], b[j - 1])});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
                a[i - 1] != a[i - 2])
                best = std::min(best, at(i - 2, j - 2) + 0.6);
            at(i, j) = best;
        }
    return at(n, m);
}

// A rough French pronunciation: the spellings of one sound made one. Two words with the
// same key sound alike (farmacie/pharmacie, kiste/kyste, ématome/hématome).
std::u32string phonetic_key(std::u32string_view word) {
    std::u32string s;
    for (char32_t c : word) {
        if (c == U'ç')
            s += U's';
        else if (c == U'œ')
            s += U"e";
        else if (c == U'æ')
            s += U"e";
        else if (c != U'-')
            s.push_back(base_of(c));
    }
    struct Rewrite {
        std::u32string_view from;
        std::u32string_view to;
    };
    static constexpr std::array<Rewrite, 20> kRewrites = {
        {{U"tion", U"sion"}, {U"eau", U"o"}, {U"au", U"o"},  {U"ph", U"f"},  {U"qu", U"k"},
         {U"ck", U"k"},      {U"ch", U"S"},  {U"th", U"t"},  {U"rh", U"r"},  {U"ain", U"in"},
         {U"ein", U"in"},    {U"ai", U"e"},  {U"ei", U"e"},  {U"oe", U"e"},  {U"ae", U"e"},
         {U"ym", U"im"},     {U"yn", U"in"}, {U"en", U"an"}, {U"em", U"am"}, {U"w", U"v"}}};
    for (const Rewrite& r : kRewrites)
        for (std::size_t at = s.find(r.from); at != std::u32string::npos;
             at = s.find(r.from, at + r.to.size()))
            s.replace(at, r.from.size(), r.to);
    std::u32string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        char32_t c = s[i];
        const char32_t next = i + 1 < s.size() ? s[i + 1] : U'\0';
        if (c == U'h')
            continue;
        if (c == U'y')
            c = U'i';
        if (c == U'c')
            c = (next == U'e' || next == U'i' || next == U'y') ? U's' : U'k';
        if (c == U'q')
            c = U'k';
        if (c == U'g' && (next == U'e' || next == U'i' || next == U'y'))
            c = U'j';
        if (c == U'x') {
            out += U"ks";
            continue;
        }
        if (!out.empty() && out.back() == c)
            continue; // double letters
        out.push_back(c);
    }
    return out;
}

std::u32string lowered(std::u32string_view text) {
    std::u32string out(text);
    for (char32_t& c : out)
        c = lower(c);
    return out;
}

} // namespace

std::string plain_letters(std::string_view word) {
    std::u32string out;
    for (char32_t c : decode(word)) {
        c = base_of(c);
        if (c == U'œ')
            out += U"oe";
        else if (c == U'æ')
            out += U"ae";
        else
            out.push_back(c);
    }
    return encode(out);
}

std::string capitalised(std::string_view word) {
    std::u32string letters = decode(word);
    if (!letters.empty())
        letters[0] = upper(letters[0]);
    return encode(letters);
}

std::string uncapitalised(std::string_view word) {
    std::u32string letters = decode(word);
    if (!letters.empty())
        letters[0] = lower(letters[0]);
    return encode(letters);
}

double typo_distance(std::string_view written, std::string_view word) {
    const std::u32string a = decode(written);
    const std::u32string b = decode(word);
    if (a == b)
        return 0;
    if (a.empty() || b.empty())
        return weighted_distance(a, b);
    const std::u32string la = lowered(a);
    const std::u32string lb = lowered(b);
    // A name written in lower case, a word capitalised: cheap, but not nothing.
    const double case_cost =
        u_isupper(static_cast<UChar32>(a[0])) != u_isupper(static_cast<UChar32>(b[0])) ? 0.1 : 0.0;
    if (la == lb)
        return std::max(case_cost, 0.1);
    int ligatures_a = 0;
    int ligatures_b = 0;
    const std::u32string ea = expand_ligatures(la, ligatures_a);
    const std::u32string eb = expand_ligatures(lb, ligatures_b);
    double distance = weighted_distance(ea, eb) + 0.2 * std::abs(ligatures_a - ligatures_b);
    // Spellings that sound alike are one slip; among them, the closer in letters first.
    if (distance > 0.5 && phonetic_key(ea) == phonetic_key(eb))
        distance = 0.5 + 0.01 * distance;
    return distance + case_cost;
}

std::vector<std::string> typo_candidates(std::string_view word) {
    const std::u32string original = decode(word);
    if (original.empty())
        return {};
    const bool capitalised = u_isupper(static_cast<UChar32>(original[0]));
    const std::u32string w = lowered(original);
    std::vector<std::u32string> out;
    std::unordered_set<std::u32string> seen{w};
    const auto add = [&](std::u32string candidate) {
        if (!candidate.empty() && seen.insert(candidate).second)
            out.push_back(std::move(candidate));
    };
    const std::size_t n = w.size();

    // œ and æ typed as two letters: the word, and the word with each, are the bases that
    // accents are restored on (oedeme -> œdème takes both).
    std::vector<std::u32string> bases{w};
    for (std::size_t i = 0; i + 1 < n; ++i)
        if ((w[i] == U'o' || w[i] == U'a') && w[i + 1] == U'e') {
            std::u32string c = w;
            c.replace(i, 2, 1, w[i] == U'o' ? U'œ' : U'æ');
            add(c);
            bases.push_back(std::move(c));
        }
    for (const std::u32string& b : bases) {
        // Accents: one letter changed to another of the same base.
        for (std::size_t i = 0; i < b.size(); ++i) {
            const char32_t base = base_of(b[i]);
            if (base != b[i]) {
                std::u32string c = b;
                c[i] = base;
                add(c);
            }
            for (const Accented& a : kAccented)
                if (a.base == base && a.letter != b[i]) {
                    std::u32string c = b;
                    c[i] = a.letter;
                    add(c);
                }
        }
        // A word typed without any accent: é, è or ê on each e (é or è when there are
        // five), up to five of them (intérêt, électrophorétique).
        const bool unaccented = std::all_of(b.begin(), b.end(), [](char32_t c) {
            return base_of(c) == c || c == U'œ' || c == U'æ';
        });
        std::vector<std::size_t> es;
        for (std::size_t i = 0; i < b.size(); ++i)
            if (base_of(b[i]) == U'e')
                es.push_back(i);
        if (unaccented && es.size() >= 2 && es.size() <= 5) {
            static constexpr std::u32string_view kFour = U"eéèê";
            const std::u32string_view choices = es.size() <= 4 ? kFour : kFour.substr(0, 3);
            std::size_t combinations = 1;
            for (std::size_t k = 0; k < es.size(); ++k)
                combinations *= choices.size();
            for (std::size_t code = 1; code < combinations; ++code) {
                std::u32string c = b;
                std::size_t rest = code;
                for (std::size_t k : es) {
                    const char32_t letter = choices[rest % choices.size()];
                    c[k] = letter;
                    rest /= choices.size();
                }
                add(c);
            }
        }
    }
    // A capital without its accent and another accent wrong (Erythropoïètine).
    if (capitalised && base_of(w[0]) == w[0])
        for (const Accented& a : kAccented)
            if (a.base == w[0])
                for (std::size_t i = 1; i < n; ++i)
                    for (const Accented& b : kAccented)
                        if (b.base == base_of(w[i]) && b.letter != w[i]) {
                            std::u32string c = w;
                            c[0] = a.letter;
                            c[i] = b.letter;
                            add(c);
                        }
    // A letter dropped, doubled or swapped with the next.
    for (std::size_t i = 0; i < n; ++i) {
        add(w.substr(0, i) + w.substr(i + 1));
        if (!is_vowel(w[i]) && w[i] != U'-')
            add(w.substr(0, i + 1) + w[i] + w.substr(i + 1));
        if (i + 1 < n && w[i] != w[i + 1]) {
            std::u32string c = w;
            std::swap(c[i], c[i + 1]);
            add(c);
        }
    }
    // A vowel for a vowel, a key's neighbour for a letter.
    static constexpr std::u32string_view kVowels = U"aeiouyéèêàâîôû";
    static constexpr std::u32string_view kLetters = U"abcdefghijklmnopqrstuvwxyz";
    for (std::size_t i = 0; i < n; ++i) {
        if (is_vowel(w[i])) {
            for (char32_t v : kVowels)
                if (v != w[i]) {
                    std::u32string c = w;
                    c[i] = v;
                    add(c);
                }
        } else {
            for (char32_t l : kLetters)
                if (l != w[i] && keyboard_neighbours(l, w[i])) {
                    std::u32string c = w;
                    c[i] = l;
                    add(c);
                }
        }
    }
    // A vowel, an h or a final e added.
    for (std::size_t i = 0; i <= n; ++i) {
        for (char32_t v : std::u32string_view(U"aeiouéh"))
            add(w.substr(0, i) + v + w.substr(i));
    }
    // Sound-alike spellings, one at a time, both ways.
    struct Pair {
        std::u32string_view a;
        std::u32string_view b;
    };
    static constexpr std::array<Pair, 31> kSoundAlike = {
        {{U"f", U"ph"},   {U"k", U"qu"},   {U"k", U"ch"},  {U"x", U"cs"},  {U"x", U"ks"},
         {U"ill", U"y"},  {U"gn", U"ni"},  {U"é", U"er"},  {U"é", U"ez"},  {U"c", U"qu"},
         {U"k", U"c"},    {U"o", U"au"},   {U"o", U"eau"}, {U"è", U"ai"},  {U"é", U"ai"},
         {U"ê", U"ai"},   {U"s", U"ss"},   {U"s", U"c"},   {U"ss", U"c"},  {U"ss", U"ç"},
         {U"s", U"ç"},    {U"t", U"th"},   {U"i", U"y"},   {U"an", U"en"}, {U"am", U"em"},
         {U"in", U"ain"}, {U"in", U"ein"}, {U"j", U"g"},   {U"g", U"gu"},  {U"sion", U"tion"},
         {U"z", U"s"}}};
    for (const Pair& p : kSoundAlike)
        for (const auto& [from, to] : {std::pair{p.a, p.b}, std::pair{p.b, p.a}})
            for (std::size_t at = w.find(from); at != std::u32string::npos;
                 at = w.find(from, at + 1)) {
                std::u32string c = w;
                c.replace(at, from.size(), to);
                add(c);
            }
    // A welded compound written with its hyphen (gastrointestinal -> gastro-intestinal).
    for (std::size_t i = 3; i + 3 < n; ++i)
        if (w[i - 1] == U'o')
            add(w.substr(0, i) + U'-' + w.substr(i));
    std::vector<std::string> result;
    result.reserve(out.size());
    for (std::u32string& c : out) {
        if (capitalised)
            c[0] = upper(c[0]);
        result.push_back(encode(c));
    }
    return result;
}

} // namespace medloc
