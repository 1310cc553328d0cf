#include "terminology/term_matcher.h"

#include "language/normalization.h"
#include "text/utf8.h"

#include <algorithm>
#include <atomic>

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

} // namespace

TermMatcher::TermMatcher(const Termbase& termbase, const std::string& locale, Lemmatizer lemmatizer)
    : lemmatizer_(std::move(lemmatizer)) {
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
    std::vector<std::string> keys = {fold_case(normalised)};
    for (const std::string& stem : lemmatizer_(normalised)) {
        std::string folded = fold_case(stem);
        if (std::find(keys.begin(), keys.end(), folded) == keys.end())
            keys.push_back(std::move(folded));
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

} // namespace medloc
