#include "terminology/term_matcher.h"

#include "language/code_point_class.h"
#include "language/inflection.h"
#include "language/normalization.h"
#include "text/utf8.h"

#include <algorithm>
#include <atomic>
#include <functional>

#include <unicode/uchar.h>

namespace medloc {

namespace {

// Words of a term must follow each other with nothing but spaces, hyphens or an
// apostrophe between them: "fausse couche" is not matched across ". Couche".
bool joins_words(std::string_view between) {
    for (std::size_t i = 0; i < between.size();) {
        const utf8::Decoded d = utf8::decode(between, i);
        const char32_t c = d.code_point;
        if (!(c == U' ' || c == U'\t' || c == U'-' || c == U'\u2011' || c == U'\'' ||
              c == U'\u2019' || is_no_break_space(c)))
            return false;
        i += d.length;
    }
    return true;
}

// A spelling-insensitive key: case-folded, no spaces, hyphens or apostrophes, ligatures
// spelt out, accents off the vowels, and "oe"/"ae" read as "e" (fœtus, foetus, fetus).
std::string variant_key(std::string_view text) {
    const std::string folded = fold_case(text);
    std::string out;
    for (std::size_t i = 0; i < folded.size();) {
        const utf8::Decoded d = utf8::decode(folded, i);
        i += d.length;
        switch (d.code_point) {
        case U' ':
        case U'-':
        case U'\u2011':
        case U'\'':
        case U'\u2019':
        case U'\u00A0':
        case U'\u202F':
        case U'\u00AD':
            break;
        case U'œ':
            out += "oe";
            break;
        case U'æ':
            out += "ae";
            break;
        case U'é':
        case U'è':
        case U'ê':
        case U'ë':
            out += 'e';
            break;
        case U'à':
        case U'â':
        case U'ä':
            out += 'a';
            break;
        case U'î':
        case U'ï':
            out += 'i';
            break;
        case U'ô':
        case U'ö':
            out += 'o';
            break;
        case U'û':
        case U'ù':
        case U'ü':
            out += 'u';
            break;
        default:
            utf8::append(out, d.code_point);
        }
    }
    std::string plain;
    for (std::size_t i = 0; i < out.size(); ++i) {
        if ((out[i] == 'o' || out[i] == 'a') && i + 1 < out.size() && out[i + 1] == 'e') {
            plain += 'e';
            ++i;
        } else {
            plain += out[i];
        }
    }
    return plain;
}

// The byte length of a hyphen (or no-break hyphen) at `position`, or 0.
std::size_t hyphen_at(std::string_view text, std::size_t position) {
    if (text.substr(position, 1) == "-")
        return 1;
    return text.substr(position, 3) == "\u2011" ? 3 : 0;
}

} // namespace

bool in_compound(std::string_view text, const TermMatch& match) {
    for (std::size_t length : {std::size_t{1}, std::size_t{3}})
        if (match.begin >= length && hyphen_at(text, match.begin - length) == length &&
            is_alnum_before(text, match.begin - length))
            return true;
    const std::size_t after = hyphen_at(text, match.end);
    return after > 0 && is_alnum_at(text, match.end + after);
}

TermMatcher::TermMatcher(const Termbase& termbase, const std::string& locale, Lemmatizer lemmatizer)
    : lemmatizer_(std::move(lemmatizer)), language_(language_of(locale)) {
    static std::atomic<std::uint64_t> instances{0};
    instance_ = ++instances;
    nodes_.emplace_back();
    WordTokenizer tokenizer(locale);
    for (const Concept& entry : termbase.concepts)
        for (const Term* term : termbase.terms_for(entry, locale))
            insert(entry, *term, tokenizer);
}

std::vector<std::string> TermMatcher::keys(std::string_view word) const {
    const std::string normalised = to_nfc(word);
    if (is_acronym(normalised))
        return {"=" + normalised};
    // "STDs", "NSAIDs": the plural of an acronym is that acronym.
    if (normalised.size() > 2 && normalised.back() == 's' &&
        is_acronym(std::string_view(normalised).substr(0, normalised.size() - 1)))
        return {"=" + normalised.substr(0, normalised.size() - 1)};
    std::vector<std::string> keys = {fold_case(normalised)};
    for (const std::string& stem : lemmatizer_(normalised)) {
        std::string folded = fold_case(stem);
        // Inflections only: "inhaled" is not "inhaler", though both strip to "hale".
        if (!is_inflection(keys.front(), folded, language_))
            continue;
        if (std::find(keys.begin(), keys.end(), folded) == keys.end())
            keys.push_back(std::move(folded));
    }
    // Regular inflections the dictionary strips too far ("inhalers" to "hale"): a
    // candidate lemma counts when the dictionary has it as a word of its own.
    for (std::string& candidate : inflection_candidates(keys.front(), language_)) {
        if (std::find(keys.begin(), keys.end(), candidate) != keys.end())
            continue;
        const std::vector<std::string> own = lemmatizer_(candidate);
        if (std::find(own.begin(), own.end(), candidate) != own.end())
            keys.push_back(std::move(candidate));
    }
    return keys;
}

const std::vector<std::string>& TermMatcher::cached_keys(std::string_view word) const {
    // Normalising, folding and stemming cost microseconds a word; most words recur, so
    // each thread remembers them (bounded, per matcher).
    thread_local std::unordered_map<std::uint64_t,
                                    std::unordered_map<std::string, std::vector<std::string>>>
        caches;
    auto& cache = caches[instance_];
    if (cache.size() > 200000)
        cache.clear();
    auto it = cache.find(std::string(word));
    if (it == cache.end())
        it = cache.emplace(std::string(word), keys(word)).first;
    return it->second;
}

void TermMatcher::insert(const Concept& entry, const Term& term, WordTokenizer& tokenizer) {
    const std::vector<Token> tokens = tokenizer.tokenize(term.text);
    if (tokens.empty())
        return;
    // Each word is reachable through each of its lemmas; the paths share the end node.
    std::vector<std::size_t> frontier = {0};
    for (const Token& token : tokens) {
        const std::size_t target = nodes_.size();
        nodes_.emplace_back();
        std::vector<std::size_t> next_frontier;
        for (std::size_t node : frontier) {
            for (const std::string& key : keys(token.in(term.text))) {
                auto [it, inserted] = nodes_[node].next.emplace(key, target);
                if (std::find(next_frontier.begin(), next_frontier.end(), it->second) ==
                    next_frontier.end())
                    next_frontier.push_back(it->second);
            }
        }
        frontier = std::move(next_frontier);
    }
    for (std::size_t node : frontier)
        nodes_[node].terms.emplace_back(&entry, &term);
    ++terms_;
}

std::vector<TermMatch> TermMatcher::match(std::string_view text, const std::vector<Token>& tokens,
                                          const LanguageProfile& profile) const {
    // Word keys per token, computed once; elisions (l’échographie) are matched without
    // their article.
    std::vector<std::size_t> starts(tokens.size());
    std::vector<std::vector<std::string>> token_keys(tokens.size());
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        starts[i] = tokens[i].begin + elision_length(tokens[i].in(text), profile);
        if (tokens[i].kind == TokenKind::word && starts[i] < tokens[i].end)
            token_keys[i] = cached_keys(text.substr(starts[i], tokens[i].end - starts[i]));
    }
    std::vector<TermMatch> matches;
    std::size_t i = 0;
    while (i < tokens.size()) {
        // Longest match starting at token i.
        std::vector<std::size_t> states = {0};
        std::optional<TermMatch> best;
        std::size_t best_last = i;
        for (std::size_t k = i; k < tokens.size() && !states.empty(); ++k) {
            if (k > i &&
                !joins_words(text.substr(tokens[k - 1].end, tokens[k].begin - tokens[k - 1].end)))
                break;
            std::vector<std::size_t> next_states;
            for (std::size_t state : states)
                for (const std::string& key : token_keys[k])
                    if (auto it = nodes_[state].next.find(key); it != nodes_[state].next.end())
                        if (std::find(next_states.begin(), next_states.end(), it->second) ==
                            next_states.end())
                            next_states.push_back(it->second);
            states = std::move(next_states);
            for (std::size_t state : states) {
                if (nodes_[state].terms.empty())
                    continue;
                const auto& [entry, term] = nodes_[state].terms.front();
                best = TermMatch{starts[i], tokens[k].end, entry, term};
                best_last = k;
                break;
            }
        }
        if (best) {
            matches.push_back(*best);
            i = best_last + 1;
        } else {
            ++i;
        }
    }
    return matches;
}

bool TermMatcher::writes(std::string_view text, const std::vector<Token>& tokens,
                         const LanguageProfile& profile, const Term& term) const {
    const std::string wanted = variant_key(term.text);
    if (wanted.empty())
        return false;
    // Each word's keys: its surface and its lemmas, spelling-insensitive.
    std::vector<std::vector<std::string>> forms(tokens.size());
    const auto forms_of = [&](std::size_t i) -> const std::vector<std::string>& {
        if (forms[i].empty()) {
            const std::size_t start = tokens[i].begin + elision_length(tokens[i].in(text), profile);
            const std::string_view word = text.substr(start, tokens[i].end - start);
            forms[i].push_back(variant_key(word));
            for (const std::string& key : cached_keys(word))
                if (std::string variant = variant_key(key.starts_with("=") ? key.substr(1) : key);
                    std::find(forms[i].begin(), forms[i].end(), variant) == forms[i].end())
                    forms[i].push_back(std::move(variant));
        }
        return forms[i];
    };
    // The ends of a closed compound: "antibodies" in "autoantibodies", "pregnancy" in
    // "interpregnancy", "Antikörper" in "Autoantikörper". A compound's last part is what it
    // is (an autoantibody is an antibody), so the term is written there. Ends of at least
    // five letters, after at least two, spelling the start of the term.
    const auto compound_ends = [&](std::size_t i) {
        std::vector<std::string> ends;
        const std::size_t start = tokens[i].begin + elision_length(tokens[i].in(text), profile);
        const std::string_view word = text.substr(start, tokens[i].end - start);
        std::size_t position = 0;
        for (std::size_t letters = 0; position < word.size(); ++letters) {
            if (letters >= 2) {
                const std::string_view tail = word.substr(position);
                const std::string tail_key = variant_key(tail);
                if (tail_key.size() < 5 || utf8::length(tail) < 5)
                    break;
                if (tail_key.compare(0, 3, wanted, 0, 3) == 0) {
                    ends.push_back(tail_key);
                    for (const std::string& key : cached_keys(tail))
                        if (!key.starts_with("="))
                            ends.push_back(variant_key(key));
                }
            }
            position += utf8::decode(word, position).length;
        }
        return ends;
    };
    // Depth-first over consecutive words whose keys spell the term's key.
    std::function<bool(std::size_t, const std::string&)> spells = [&](std::size_t i,
                                                                      const std::string& so_far) {
        if (i >= tokens.size() || tokens[i].kind != TokenKind::word)
            return false;
        std::vector<std::string> candidates = forms_of(i);
        if (so_far.empty() && !is_acronym(term.text))
            for (std::string& end : compound_ends(i))
                candidates.push_back(std::move(end));
        for (const std::string& form : candidates) {
            const std::string joined = so_far + form;
            if (joined == wanted)
                return true;
            if (joined.size() < wanted.size() && wanted.starts_with(joined) &&
                i + 1 < tokens.size() &&
                joins_words(text.substr(tokens[i].end, tokens[i + 1].begin - tokens[i].end)) &&
                spells(i + 1, joined))
                return true;
        }
        return false;
    };
    for (std::size_t i = 0; i < tokens.size(); ++i)
        if (spells(i, ""))
            return true;
    return false;
}

bool TermMatcher::writes_family(std::string_view text, const std::vector<Token>& tokens,
                                const LanguageProfile& profile, const Term& term) const {
    if (is_acronym(term.text))
        return false;
    // A term of several words by its longest word, its head as often as not:
    // "l’hypertension" for "hypertension artérielle", "professionals" for "health
    // professionals".
    std::string_view head = term.text;
    if (term.text.find(' ') != std::string::npos) {
        head = {};
        std::size_t start = 0;
        while (start <= term.text.size()) {
            std::size_t end = term.text.find(' ', start);
            if (end == std::string::npos)
                end = term.text.size();
            const std::string_view word = std::string_view(term.text).substr(start, end - start);
            if (utf8::length(word) > utf8::length(head))
                head = word;
            start = end + 1;
        }
    }
    const std::string wanted = variant_key(head);
    const std::size_t shared = std::max<std::size_t>(5, (wanted.size() * 6 + 9) / 10);
    if (wanted.size() < shared)
        return false;
    for (const Token& token : tokens) {
        if (token.kind != TokenKind::word)
            continue;
        const std::size_t start = token.begin + elision_length(token.in(text), profile);
        const std::string word = variant_key(text.substr(start, token.end - start));
        if (word.size() >= shared && word.compare(0, shared, wanted, 0, shared) == 0)
            return true;
    }
    return false;
}

} // namespace medloc
