#include "usage/usage_matcher.h"

#include "language/normalization.h"
#include "text/utf8.h"
#include "usage/inflection.h"

#include <algorithm>
#include <atomic>

namespace medloc {

struct UsageMatcher::Word {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string form; // normalised
    const std::vector<WordAnalysis>* analyses = nullptr;
    bool number = false;
    bool joined = false; // to the previous word: only spaces, hyphens or an apostrophe between
    bool sentence_start = false;
};

namespace {

bool is_hyphen(std::string_view between) {
    return between == "-" || between == "\u2011";
}

// Only spaces, hyphens or apostrophes: "conditions médicales", not "conditions, médicales".
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

bool ends_sentence(std::string_view between) {
    return between.find_first_of(".!?;:") != std::string_view::npos ||
           between.find("\u2026") != std::string_view::npos;
}

using AnalysisCache = std::unordered_map<std::string, std::vector<WordAnalysis>>;

// Hunspell's analysis costs microseconds; most words recur, so each thread keeps them,
// per matcher.
AnalysisCache& analysis_cache(std::uint64_t instance) {
    thread_local std::unordered_map<std::uint64_t, AnalysisCache> caches;
    return caches[instance];
}

const std::vector<WordAnalysis>& no_analyses() {
    static const std::vector<WordAnalysis> none;
    return none;
}

// The masculine singular of a past participle as written: prescrites -> prescrit,
// recommandée -> recommandé. Patterns may name a participle used as an adjective by that
// form, although its lemma is the verb.
std::string masculine_singular(const std::string& form, const WordAnalysis& analysis) {
    std::string result = form;
    if (analysis.has("pl") && (result.ends_with("s") || result.ends_with("x")))
        result.pop_back();
    if (analysis.has("fem") && result.ends_with("e"))
        result.pop_back();
    return result;
}

// The first analysis with the lemma (when given) and the atom's tags; -1 when the atom asks
// for neither.
std::optional<int> analysis_with_tags(const PatternAtom& atom,
                                      const std::vector<WordAnalysis>& analyses,
                                      const std::string* lemma, const std::string& form) {
    if (atom.tags.empty() && atom.excluded_tags.empty() && lemma == nullptr)
        return -1;
    for (std::size_t i = 0; i < analyses.size(); ++i) {
        const WordAnalysis& analysis = analyses[i];
        if (lemma != nullptr && analysis.lemma != *lemma &&
            !(analysis.has("ppas") && masculine_singular(form, analysis) == *lemma))
            continue;
        if (std::all_of(atom.tags.begin(), atom.tags.end(),
                        [&](const std::string& tag) { return analysis.has(tag); }) &&
            std::none_of(atom.excluded_tags.begin(), atom.excluded_tags.end(),
                         [&](const std::string& tag) { return analysis.has(tag); }))
            return static_cast<int>(i);
    }
    return std::nullopt;
}

} // namespace

UsageMatcher::UsageMatcher(const UsageRulebook& rulebook, const std::string& language,
                           Morphology morphology)
    : morphology_(std::move(morphology)) {
    static std::atomic<std::uint64_t> instances{0};
    instance_ = ++instances;
    for (const UsageEntry& entry : rulebook.entries) {
        if (entry.language != language)
            continue;
        const std::size_t index = entries_.size();
        entries_.push_back(&entry);
        for (const PatternSequence& sequence : entry.sequences) {
            const PatternAtom& first = sequence.atoms.front();
            if (first.kind != PatternAtom::Kind::word) {
                any_first_word_.push_back({index, &sequence});
                continue;
            }
            for (const PatternAtom::Choice& choice : first.choices) {
                auto& bucket = by_first_word_[choice.text];
                if (bucket.empty() || bucket.back().sequence != &sequence)
                    bucket.push_back({index, &sequence});
            }
        }
    }
}

const std::vector<WordAnalysis>& UsageMatcher::analyses(std::string_view word) const {
    AnalysisCache& cache = analysis_cache(instance_);
    auto it = cache.find(std::string(word));
    if (it == cache.end()) {
        const std::string nfc = to_nfc(word);
        std::vector<WordAnalysis> found;
        if (morphology_)
            found = parse_analyses(morphology_(nfc), nfc);
        it = cache.emplace(std::string(word), std::move(found)).first;
    }
    return it->second;
}

std::vector<UsageMatcher::Word> UsageMatcher::words(std::string_view text,
                                                    const std::vector<Token>& tokens,
                                                    const LanguageProfile& profile,
                                                    const std::vector<TextRange>& skipped) const {
    // Elided words (l’, qu’) are analysed as their full form: le, que.
    thread_local std::unordered_map<std::string, std::vector<WordAnalysis>> elided_analyses;
    std::vector<Word> words;
    bool separated = true; // nothing before, or skipped text: the next word joins nothing
    std::size_t previous_end = 0;
    for (const Token& token : tokens) {
        if (overlaps(skipped, token.begin, token.end)) {
            separated = true;
            continue;
        }
        const std::string_view between = text.substr(previous_end, token.begin - previous_end);
        const bool joined = !separated && joins_words(between);
        const bool sentence_start = words.empty() || ends_sentence(between);
        const std::string_view raw = token.in(text);
        separated = false;
        previous_end = token.end;
        if (token.kind == TokenKind::number) {
            Word word;
            word.begin = token.begin;
            word.end = token.end;
            word.form = std::string(raw);
            word.analyses = &no_analyses();
            word.number = true;
            word.joined = joined;
            word.sentence_start = sentence_start;
            words.push_back(std::move(word));
            continue;
        }
        std::size_t begin = token.begin;
        if (const std::size_t elided = elision_length(raw, profile);
            elided > 0 && elided < raw.size()) {
            Word article;
            article.begin = token.begin;
            article.end = token.begin + elided;
            article.form = normalise_word(raw.substr(0, elided));
            auto it = elided_analyses.find(article.form);
            if (it == elided_analyses.end()) {
                WordAnalysis full;
                full.lemma = article.form.substr(0, article.form.size() - 1) + "e";
                it = elided_analyses.emplace(article.form, std::vector{full}).first;
            }
            article.analyses = &it->second;
            article.joined = joined;
            article.sentence_start = sentence_start;
            words.push_back(std::move(article));
            begin = token.begin + elided;
        } else if (!words.empty() && !words.back().number && joined && is_hyphen(between)) {
            // sous-jacentes, anti-inflammatoires: one word when the dictionary knows it.
            Word& previous = words.back();
            const std::string_view compound =
                text.substr(previous.begin, token.end - previous.begin);
            const auto& compound_analyses = analyses(compound);
            if (!compound_analyses.empty()) {
                previous.end = token.end;
                previous.form = normalise_word(compound);
                previous.analyses = &compound_analyses;
                continue;
            }
        }
        Word word;
        word.begin = begin;
        word.end = token.end;
        const std::string_view written = text.substr(begin, token.end - begin);
        word.form = normalise_word(written);
        word.analyses = &analyses(written);
        word.joined = begin == token.begin ? joined : true;
        word.sentence_start = begin == token.begin && sentence_start;
        words.push_back(std::move(word));
    }
    return words;
}

std::optional<UsageMatcher::SequenceMatch> UsageMatcher::match_at(const PatternSequence& sequence,
                                                                  const std::vector<Word>& words,
                                                                  std::size_t at) const {
    if (at + sequence.atoms.size() > words.size())
        return std::nullopt;
    if (sequence.sentence_start && !words[at].sentence_start)
        return std::nullopt;
    std::vector<int> matched(sequence.atoms.size(), -1);
    for (std::size_t k = 0; k < sequence.atoms.size(); ++k) {
        const Word& word = words[at + k];
        if (k > 0 && !word.joined)
            return std::nullopt;
        const PatternAtom& atom = sequence.atoms[k];
        std::optional<int> found;
        switch (atom.kind) {
        case PatternAtom::Kind::number:
            if (word.number)
                found = -1;
            break;
        case PatternAtom::Kind::any:
            found = analysis_with_tags(atom, *word.analyses, nullptr, word.form);
            break;
        case PatternAtom::Kind::word:
            if (word.number)
                break;
            for (const PatternAtom::Choice& choice : atom.choices) {
                if (choice.exact || word.form == choice.text) {
                    // The form as written, then any analysis with the atom's tags.
                    if (word.form == choice.text)
                        found = analysis_with_tags(atom, *word.analyses, nullptr, word.form);
                } else {
                    found = analysis_with_tags(atom, *word.analyses, &choice.text, word.form);
                }
                if (found)
                    break;
            }
            break;
        }
        if (!found)
            return std::nullopt;
        matched[k] = *found;
    }
    SequenceMatch result;
    result.flag_begin = at + sequence.flag_begin;
    result.flag_end = at + sequence.flag_end;
    // The word suggestions agree with: the first reported noun, adjective or verb in the
    // analysis the pattern matched (by lemma or tags); else the first word matched by its
    // form that has such an analysis.
    auto content = [](const WordAnalysis& analysis) {
        return analysis.has("nom") || analysis.has("adj") || analysis.has("v");
    };
    for (std::size_t k = sequence.flag_begin; k < sequence.flag_end; ++k) {
        const auto& analyses = *words[at + k].analyses;
        if (matched[k] >= 0 && content(analyses[matched[k]])) {
            result.head_analysis = analyses[matched[k]];
            result.head = at + k;
            return result;
        }
    }
    for (std::size_t k = sequence.flag_begin; k < sequence.flag_end; ++k) {
        const auto& analyses = *words[at + k].analyses;
        if (matched[k] >= 0)
            continue;
        if (auto it = std::find_if(analyses.begin(), analyses.end(), content);
            it != analyses.end()) {
            result.head_analysis = *it;
            result.head = at + k;
            return result;
        }
    }
    return result;
}

bool UsageMatcher::excluded(const UsageEntry& entry, const std::vector<Word>& words,
                            const SequenceMatch& found) const {
    for (const PatternSequence& unless : entry.unless) {
        const std::size_t length = unless.atoms.size();
        const std::size_t first =
            found.flag_begin + 1 >= length ? found.flag_begin + 1 - length : 0;
        for (std::size_t at = first; at < found.flag_end; ++at)
            if (match_at(unless, words, at))
                return true;
    }
    return false;
}

std::vector<UsageMatch> UsageMatcher::match(std::string_view text, const std::vector<Token>& tokens,
                                            const LanguageProfile& profile,
                                            const std::vector<TextRange>& skipped) const {
    if (entries_.empty())
        return {};
    // Bounded: cleared between blocks, never while a block's words point into it.
    if (AnalysisCache& cache = analysis_cache(instance_); cache.size() > 200000)
        cache.clear();
    const std::vector<Word> block_words = words(text, tokens, profile, skipped);
    struct Found {
        std::size_t entry;
        SequenceMatch match;
    };
    std::vector<Found> found;
    std::vector<const SequenceRef*> candidates;
    for (std::size_t i = 0; i < block_words.size(); ++i) {
        const Word& word = block_words[i];
        candidates.clear();
        auto add = [&](const std::string& key) {
            if (auto it = by_first_word_.find(key); it != by_first_word_.end())
                for (const SequenceRef& ref : it->second)
                    if (std::find(candidates.begin(), candidates.end(), &ref) == candidates.end())
                        candidates.push_back(&ref);
        };
        if (!word.number) {
            add(word.form);
            for (const WordAnalysis& analysis : *word.analyses) {
                if (analysis.lemma != word.form)
                    add(analysis.lemma);
                if (analysis.has("ppas"))
                    add(masculine_singular(word.form, analysis));
            }
        }
        for (const SequenceRef& ref : any_first_word_)
            candidates.push_back(&ref);
        for (const SequenceRef* ref : candidates) {
            auto match = match_at(*ref->sequence, block_words, i);
            if (match && !excluded(*entries_[ref->entry], block_words, *match))
                found.push_back({ref->entry, std::move(*match)});
        }
    }
    // First the earliest, then the longest, then the entry first in the files.
    std::stable_sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
        if (a.match.flag_begin != b.match.flag_begin)
            return a.match.flag_begin < b.match.flag_begin;
        if (a.match.flag_end != b.match.flag_end)
            return a.match.flag_end > b.match.flag_end;
        return a.entry < b.entry;
    });
    const AnalysisLookup lookup =
        [this](std::string_view word) -> const std::vector<WordAnalysis>& {
        return analyses(word);
    };
    std::vector<UsageMatch> matches;
    std::size_t covered_until = 0; // word index after the last kept match
    for (const Found& item : found) {
        if (!matches.empty() && item.match.flag_begin < covered_until)
            continue;
        const std::size_t first = item.match.flag_begin;
        const std::size_t last = item.match.flag_end - 1;
        UsageMatch match;
        match.entry = entries_[item.entry];
        match.words_begin = block_words[first].begin;
        match.words_end = block_words[last].end;
        // The noun phrase around: up to three words joined on each side.
        PhraseContext phrase;
        auto word_at = [&](std::size_t index) {
            const Word& word = block_words[index];
            return PhraseWord{std::string(text.substr(word.begin, word.end - word.begin)),
                              word.analyses};
        };
        for (std::size_t k = first; k > 0 && block_words[k].joined && first - k < 3; --k)
            phrase.before.push_back(word_at(k - 1));
        for (std::size_t k = last + 1;
             k < block_words.size() && block_words[k].joined && k - last <= 3; ++k)
            phrase.after.push_back(word_at(k));
        phrase.reported =
            std::string(text.substr(match.words_begin, match.words_end - match.words_begin));
        if (item.match.head_analysis) {
            phrase.head_form = word_at(item.match.head).form;
            phrase.head = item.match.head_analysis;
        }
        PhraseReplacements replaced =
            replace_phrase(match.entry->suggestions, phrase, lookup, match.entry->agree);
        match.begin = block_words[first - replaced.before].begin;
        match.end = block_words[last + replaced.after].end;
        match.suggestions = std::move(replaced.texts);
        matches.push_back(std::move(match));
        covered_until = item.match.flag_end;
    }
    return matches;
}

} // namespace medloc
