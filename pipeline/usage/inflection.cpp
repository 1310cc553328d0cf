#include "usage/inflection.h"

#include "text/utf8.h"
#include "usage/usage_pattern.h"

#include <algorithm>
#include <array>
#include <vector>

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace medloc {

namespace {

enum class WordClass { none, verb, noun, adjective };

constexpr std::array<std::string_view, 21> kVerbForms = {
    "infi", "ppas", "ppre", "ipre", "iimp", "ipsi", "ifut", "cond", "spre", "simp", "impe",
    "1sg",  "2sg",  "3sg",  "1pl",  "2pl",  "3pl",  "mas",  "fem",  "sg",   "pl"};

bool has_class(const WordAnalysis& analysis, WordClass word_class) {
    switch (word_class) {
    case WordClass::verb:
        return analysis.has("v");
    case WordClass::noun:
        return analysis.has("nom");
    case WordClass::adjective:
        return analysis.has("adj");
    case WordClass::none:
        break;
    }
    return false;
}

std::string_view number_of(const WordAnalysis& analysis) {
    if (analysis.has("pl"))
        return "pl";
    if (analysis.has("sg"))
        return "sg";
    return {};
}

std::string_view gender_of(const WordAnalysis& analysis) {
    for (std::string_view gender : {"fem", "mas", "epi"})
        if (analysis.has(gender))
            return gender;
    return {};
}

// What the replacing word must be: its class, and the number, gender or verb form of the
// replaced one.
struct Target {
    WordClass word_class = WordClass::none;
    std::string lemma; // of the suggestion word
    std::string_view number;
    std::string_view gender;
    std::vector<std::string> verb_tags;
};

bool fits(const WordAnalysis& analysis, const Target& target) {
    if (analysis.lemma != target.lemma || !has_class(analysis, target.word_class))
        return false;
    if (target.word_class == WordClass::verb)
        return true; // checked over all analyses, see verb_fits
    if (!target.number.empty() && !analysis.has(target.number) && !analysis.has("inv"))
        return false;
    if (target.word_class == WordClass::adjective && !target.gender.empty() &&
        target.gender != "epi")
        return analysis.has(target.gender) || analysis.has("epi") || analysis.has("inv");
    return true;
}

// Verb analyses may split tenses over several lines: the word fits when, among its
// analyses of the right lemma, every wanted tag is found.
bool verb_fits(const std::vector<WordAnalysis>& analyses, const Target& target) {
    std::vector<std::string> found;
    for (const WordAnalysis& analysis : analyses)
        if (analysis.lemma == target.lemma && analysis.has("v"))
            found.insert(found.end(), analysis.tags.begin(), analysis.tags.end());
    if (found.empty())
        return false;
    return std::all_of(target.verb_tags.begin(), target.verb_tags.end(), [&](const auto& tag) {
        return std::find(found.begin(), found.end(), tag) != found.end();
    });
}

bool word_fits(std::string_view word, const Target& target, const AnalysisLookup& analyses) {
    const auto& found = analyses(word);
    if (target.word_class == WordClass::verb)
        return verb_fits(found, target);
    return std::any_of(found.begin(), found.end(),
                       [&](const WordAnalysis& analysis) { return fits(analysis, target); });
}

void replace_end(std::vector<std::string>& out, const std::string& word, std::string_view from,
                 std::string_view to) {
    if (word.size() > from.size() && word.ends_with(from))
        out.push_back(word.substr(0, word.size() - from.size()) + std::string(to));
}

// Forms of a noun or adjective by the usual French endings; the dictionary decides which
// exist. The word may be written in any form: its masculine singular is guessed first.
std::vector<std::string> nominal_forms(const std::string& word) {
    std::vector<std::string> bases = {word};
    replace_end(bases, word, "aux", "al");
    replace_end(bases, word, "s", "");
    replace_end(bases, word, "x", "");
    replace_end(bases, word, "es", "");
    replace_end(bases, word, "e", "");
    std::vector<std::string> feminine;
    for (const std::string& base : bases) {
        feminine.push_back(base);
        feminine.push_back(base + "e");
        replace_end(feminine, base, "f", "ve");
        replace_end(feminine, base, "x", "se");
        replace_end(feminine, base, "er", "ère");
        replace_end(feminine, base, "et", "ète"); // complet -> complète
        replace_end(feminine, base, "eur", "euse");
        replace_end(feminine, base, "eur", "rice");
        for (std::string_view ending : {"en", "on", "el", "et"})
            replace_end(feminine, base, ending, std::string(ending) + ending.back() + "e");
    }
    std::vector<std::string> forms;
    for (const std::string& form : feminine) {
        forms.push_back(form);
        forms.push_back(form + "s");
        forms.push_back(form + "x");
        replace_end(forms, form, "al", "aux");
        replace_end(forms, form, "ail", "aux");
    }
    return forms;
}

// The endings of the first (-er) and second (-ir, finir) groups, every tense; the
// dictionary's analysis picks the one wanted.
constexpr std::array<std::string_view, 46> kFirstGroupEndings = {
    "er",    "e",       "es",     "ons",    "ez",    "ent",  "ais",   "ait",   "ions",  "iez",
    "aient", "erai",    "eras",   "era",    "erons", "erez", "eront", "erais", "erait", "erions",
    "eriez", "eraient", "ai",     "as",     "a",     "âmes", "âtes",  "èrent", "asse",  "asses",
    "ât",    "assions", "assiez", "assent", "é",     "ée",   "és",    "ées",   "ant",   "e",
    "es",    "ons",     "ez",     "ent",    "ions",  "iez"};
constexpr std::array<std::string_view, 40> kSecondGroupEndings = {
    "ir",      "is",      "it",       "issons", "issez",  "issent",  "issais", "issait",
    "issions", "issiez",  "issaient", "irai",   "iras",   "ira",     "irons",  "irez",
    "iront",   "irais",   "irait",    "irions", "iriez",  "iraient", "îmes",   "îtes",
    "irent",   "isse",    "isses",    "ît",     "i",      "ie",      "is",     "ies",
    "issant",  "issions", "issiez",   "issent", "issons", "issez",   "ir",     "it"};

// A form of `verb` (an infinitive) built like `head` is built from its own lemma:
// supporte/supporter -> signale/signaler; with the spelling changes of the first group
// (commence -> commençons, répète, appelle).
std::vector<std::string> verb_forms(const std::string& verb, const std::string& head,
                                    const std::string& head_lemma) {
    std::size_t common = 0;
    while (common < head.size() && common < head_lemma.size() && head[common] == head_lemma[common])
        ++common;
    while (common > 0 && common < head.size() &&
           utf8::is_continuation(static_cast<unsigned char>(head[common])))
        --common;
    const std::string ending = head.substr(common);
    const std::string tail = head_lemma.substr(common);
    std::vector<std::string> forms;
    if (!verb.ends_with(tail) || verb.size() <= tail.size())
        return forms;
    const std::string stem = verb.substr(0, verb.size() - tail.size());
    forms.push_back(stem + ending);
    const bool hard_vowel = !ending.empty() && (ending[0] == 'a' || ending[0] == 'o');
    if (hard_vowel && stem.ends_with("c"))
        forms.push_back(stem.substr(0, stem.size() - 1) + "ç" + ending);
    if (hard_vowel && stem.ends_with("g"))
        forms.push_back(stem + "e" + ending);
    for (std::string_view vowel : {"é", "e"}) {
        const std::size_t at = stem.rfind(vowel);
        if (at != std::string::npos && at + vowel.size() < stem.size())
            forms.push_back(stem.substr(0, at) + "è" + stem.substr(at + vowel.size()) + ending);
    }
    if (!stem.empty() && (stem.back() == 'l' || stem.back() == 't'))
        forms.push_back(stem + stem.back() + ending);
    if (stem.ends_with("y"))
        forms.push_back(stem.substr(0, stem.size() - 1) + "i" + ending);
    for (std::string_view doubled : {"el", "et"}) // rappeler -> rappellera
        if (const std::size_t at = stem.rfind(doubled); at != std::string::npos)
            forms.push_back(stem.substr(0, at + 2) + stem.substr(at + 1, 1) + stem.substr(at + 2) +
                            ending);
    return forms;
}

// Every form of a first- or second-group verb: the head may be irregular (faites, prenez)
// while the suggestion is regular (vérifiez, marchez).
std::vector<std::string> regular_verb_forms(const std::string& verb) {
    std::vector<std::string> forms;
    auto add = [&](const std::string& stem, auto& endings) {
        for (std::string_view ending : endings)
            forms.push_back(stem + std::string(ending));
    };
    if (verb.ends_with("er") && verb.size() > 2)
        add(verb.substr(0, verb.size() - 2), kFirstGroupEndings);
    else if (verb.ends_with("ir") && verb.size() > 2)
        add(verb.substr(0, verb.size() - 2), kSecondGroupEndings);
    return forms;
}

std::vector<std::string> split_words(const std::string& text) {
    std::vector<std::string> words;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t space = text.find(' ', start);
        if (space == std::string::npos)
            space = text.size();
        words.push_back(text.substr(start, space - start));
        start = space + 1;
    }
    return words;
}

// A suggestion is written in its base form: the lemma itself, or the masculine singular of
// a participle (programmé, atteint).
bool is_base_form(const std::string& word, const WordAnalysis& analysis) {
    return analysis.lemma == word ||
           (analysis.has("ppas") && !analysis.has("fem") && !analysis.has("pl"));
}

// A word that can be an adjective of the noun before it: one reading is an adjective or a
// participle, and none is a grammatical word or a conjugated verb (sur, limite end the
// phrase; recommandé, also a noun, does not).
bool adjective_only(const std::vector<WordAnalysis>& analyses) {
    const bool adjective = std::any_of(analyses.begin(), analyses.end(),
                                       [](const auto& a) { return a.has("adj") || a.has("ppas"); });
    return adjective &&
           std::none_of(analyses.begin(), analyses.end(), [](const WordAnalysis& analysis) {
               return analysis.has("mg") || (analysis.has("v") && !analysis.has("ppas"));
           });
}

// The analysis of `word` of the first class (verb, noun, adjective) that `head` has too,
// among those of which `word` is the base form (the lemma itself): contre is a preposition
// here, not a form of contrer.
const WordAnalysis* shared_class(const std::string& word, const std::vector<WordAnalysis>& analyses,
                                 const WordAnalysis& head, WordClass& word_class) {
    for (WordClass candidate : {WordClass::verb, WordClass::noun, WordClass::adjective}) {
        if (!has_class(head, candidate))
            continue;
        for (const WordAnalysis& analysis : analyses)
            if (has_class(analysis, candidate) && is_base_form(word, analysis)) {
                word_class = candidate;
                return &analysis;
            }
    }
    return nullptr;
}

std::optional<std::string> inflect(const std::string& word, const Target& target,
                                   const std::string& head_form, const std::string& head_lemma,
                                   const AnalysisLookup& analyses) {
    if (word_fits(word, target, analyses))
        return word;
    std::vector<std::string> forms;
    if (target.word_class == WordClass::verb) {
        forms = verb_forms(word, head_form, head_lemma);
        for (std::string& form : regular_verb_forms(word))
            forms.push_back(std::move(form));
        // A participle agrees like an adjective: atteint -> atteinte.
        if (std::find(target.verb_tags.begin(), target.verb_tags.end(), "ppas") !=
            target.verb_tags.end())
            for (std::string& form : nominal_forms(word))
                forms.push_back(std::move(form));
    } else {
        forms = nominal_forms(word);
    }
    for (const std::string& form : forms)
        if (form != word && word_fits(form, target, analyses))
            return form;
    return std::nullopt;
}

// Articles and determiners that agree with the noun after them: masculine, feminine,
// masculine and feminine before a vowel, masculine and feminine plural.
using ArticleForms = std::array<std::string_view, 6>;
constexpr std::array<ArticleForms, 15> kArticles = {{
    {"le", "la", "l'", "l'", "les", "les"},
    {"un", "une", "un", "une", "des", "des"},
    {"du", "de la", "de l'", "de l'", "des", "des"},
    {"au", "à la", "à l'", "à l'", "aux", "aux"},
    {"de", "de", "d'", "d'", "de", "de"},
    {"ce", "cette", "cet", "cette", "ces", "ces"},
    {"mon", "ma", "mon", "mon", "mes", "mes"},
    {"ton", "ta", "ton", "ton", "tes", "tes"},
    {"son", "sa", "son", "son", "ses", "ses"},
    {"notre", "notre", "notre", "notre", "nos", "nos"},
    {"votre", "votre", "votre", "votre", "vos", "vos"},
    {"leur", "leur", "leur", "leur", "leurs", "leurs"},
    {"aucun", "aucune", "aucun", "aucune", "aucuns", "aucunes"},
    {"tout", "toute", "tout", "toute", "tous", "toutes"},
    {"quel", "quelle", "quel", "quelle", "quels", "quelles"},
}};

// The row and column of an article as written; column -1 when it is not one.
std::pair<const ArticleForms*, int> find_article(std::string_view form) {
    for (const ArticleForms& row : kArticles)
        for (std::size_t column = 0; column < row.size(); ++column)
            if (row[column] == form)
                return {&row, static_cast<int>(column)};
    return {nullptr, -1};
}

// A vowel or a mute h: l'affection, d'hypertension (an aspirated h is taken as mute).
bool starts_with_vowel(std::string_view text) {
    if (text.empty())
        return false;
    const utf8::Decoded first = utf8::decode(text, 0);
    const char32_t c = static_cast<char32_t>(u_tolower(static_cast<UChar32>(first.code_point)));
    return std::u32string_view(U"aeiouyhàâäéèêëîïôöùûüœæ").find(c) != std::u32string_view::npos;
}

// An adjective that agrees with a noun of this gender and number: médicale(s) after
// condition(s).
const WordAnalysis* agreeing_adjective(const PhraseWord& word, std::string_view gender,
                                       std::string_view number) {
    if (word.analyses == nullptr || !adjective_only(*word.analyses))
        return nullptr;
    for (const WordAnalysis& analysis : *word.analyses) {
        if (!analysis.has("adj") && !analysis.has("ppas"))
            continue;
        if (!number.empty() && !analysis.has(number) && !analysis.has("inv"))
            continue;
        if (gender == "fem" || gender == "mas")
            if (!analysis.has(gender) && !analysis.has("epi") && !analysis.has("inv"))
                continue;
        return &analysis;
    }
    return nullptr;
}

} // namespace

std::optional<std::string> agree(const std::string& suggestion, const std::string& head_form,
                                 const WordAnalysis& head, const AnalysisLookup& analyses) {
    std::vector<std::string> words = split_words(suggestion);
    // A pronominal verb (se dérouler): the verb agrees, the pronoun takes the person.
    if (words.size() > 1 && (words[0] == "se" || words[0] == "s'") && head.has("v")) {
        if (head.has("impe") || head.has("ppas"))
            return std::nullopt; // déroulez-vous, s'est déroulé: another construction
        std::string rest = words[1];
        for (std::size_t k = 2; k < words.size(); ++k)
            rest += " " + words[k];
        auto verb = agree(rest, head_form, head, analyses);
        if (!verb)
            return std::nullopt;
        std::string pronoun = "se";
        if (head.has("1sg"))
            pronoun = "me";
        else if (head.has("2sg"))
            pronoun = "te";
        else if (head.has("1pl"))
            pronoun = "nous";
        else if (head.has("2pl"))
            pronoun = "vous";
        if (pronoun.size() == 2 && starts_with_vowel(*verb))
            return pronoun.substr(0, 1) + "'" + *verb;
        return pronoun + " " + *verb;
    }
    WordClass word_class = WordClass::none;
    const std::string first = normalise_word(words.front());
    const WordAnalysis* own = shared_class(first, analyses(first), head, word_class);
    if (own == nullptr)
        return suggestion; // à l'aise for confortables: nothing to agree
    Target target;
    target.word_class = word_class;
    target.lemma = own->lemma;
    if (word_class == WordClass::verb) {
        for (std::string_view tag : kVerbForms)
            if (head.has(tag))
                target.verb_tags.emplace_back(tag);
    } else {
        target.number = number_of(head);
        if (word_class == WordClass::adjective)
            target.gender = gender_of(head);
        if (target.number.empty() && target.gender.empty())
            return suggestion; // invariable head: the suggestion as written
    }
    auto agreed = inflect(first, target, normalise_word(head_form), head.lemma, analyses);
    if (!agreed)
        return std::nullopt;
    words.front() = *agreed;
    if (word_class != WordClass::verb) {
        // Adjectives right after the first word agree with it: maladie chronique.
        std::string_view gender = target.gender;
        if (word_class == WordClass::noun)
            for (const WordAnalysis& analysis : analyses(*agreed))
                if (fits(analysis, target))
                    gender = gender_of(analysis);
        for (std::size_t k = 1; k < words.size(); ++k) {
            const auto& found = analyses(words[k]);
            if (!adjective_only(found))
                break;
            const WordAnalysis* adjective =
                &*std::find_if(found.begin(), found.end(),
                               [](const WordAnalysis& a) { return a.has("adj") || a.has("ppas"); });
            Target follower;
            follower.word_class = WordClass::adjective;
            follower.lemma = adjective->lemma;
            follower.number = target.number;
            follower.gender = gender;
            auto form = inflect(normalise_word(words[k]), follower, {}, {}, analyses);
            if (!form)
                return std::nullopt;
            words[k] = *form;
        }
    }
    std::string result;
    for (const std::string& word : words)
        result += (result.empty() ? "" : " ") + word;
    return result;
}

PhraseReplacements replace_phrase(const std::vector<std::string>& suggestions,
                                  const PhraseContext& context, const AnalysisLookup& analyses,
                                  bool agreeing) {
    struct Candidate {
        std::vector<std::string> before;
        std::string core;
        std::vector<std::string> after;
        std::size_t before_needed = 0;
        std::size_t after_needed = 0;
    };
    std::vector<Candidate> candidates;
    // A head of invariable number (abus, prix) takes it from its article: les abus.
    std::optional<WordAnalysis> head = context.head;
    if (head && head->has("nom") && number_of(*head).empty())
        for (const PhraseWord& word : context.before)
            if (auto [row, column] = find_article(normalise_word(word.form)); row != nullptr) {
                if ((*row)[0] != (*row)[4])
                    head->tags.emplace_back(column >= 4 ? "pl" : "sg");
                break;
            }
    const bool noun_head = agreeing && head && head->has("nom");
    const std::string_view old_gender = noun_head ? gender_of(*head) : std::string_view();
    const std::string_view old_number = noun_head ? number_of(*head) : std::string_view();
    for (const std::string& suggestion : suggestions) {
        std::optional<std::string> core = suggestion;
        if (agreeing && head)
            core = agree(suggestion, context.head_form, *head, analyses);
        if (!core)
            continue;
        Candidate candidate;
        candidate.core = *core;
        for (const PhraseWord& word : context.before)
            candidate.before.push_back(word.form);
        for (const PhraseWord& word : context.after)
            candidate.after.push_back(word.form);
        // The gender and number of the replacing noun (des soins médicaux for une attention).
        std::string_view new_gender;
        std::string_view new_number = old_number;
        if (noun_head) {
            const std::string first = normalise_word(split_words(*core).front());
            for (const WordAnalysis& analysis : analyses(first))
                if (analysis.has("nom")) {
                    new_gender = gender_of(analysis);
                    if (!number_of(analysis).empty() && !analysis.has("inv"))
                        new_number = number_of(analysis);
                    break;
                }
        }
        bool agrees = true;
        if (noun_head && !new_gender.empty()) {
            const bool gender_changes = (old_gender == "fem" || old_gender == "mas") &&
                                        (new_gender == "fem" || new_gender == "mas") &&
                                        new_gender != old_gender;
            const bool changes = gender_changes || new_number != old_number;
            // An adjective takes the new gender and number; the stretch grows to it only
            // when its form changes.
            auto reinflect = [&](const PhraseWord& word, const WordAnalysis& adjective,
                                 std::string& out) {
                Target target;
                target.word_class = WordClass::adjective;
                target.lemma = adjective.lemma;
                target.number = new_number;
                target.gender = new_gender;
                // From the masculine singular (maximaux -> maximal -> maximales), or from
                // the word itself when its lemma is a verb (recommandé -> recommandée).
                auto form = inflect(adjective.lemma, target, {}, {}, analyses);
                if (!form)
                    form = inflect(normalise_word(word.form), target, {}, {}, analyses);
                if (!form)
                    return false;
                if (*form != normalise_word(word.form))
                    out = *form;
                return true;
            };
            // Adjectives after the noun: la posologie recommandée.
            for (std::size_t k = 0; k < context.after.size() && changes; ++k) {
                const WordAnalysis* adjective =
                    agreeing_adjective(context.after[k], old_gender, old_number);
                if (adjective == nullptr)
                    break;
                if (!(agrees = reinflect(context.after[k], *adjective, candidate.after[k])))
                    break;
                if (candidate.after[k] != context.after[k].form)
                    candidate.after_needed = k + 1;
            }
            // Adjectives before it, then its article: la bonne posologie, l'affection.
            std::size_t k = 0;
            for (; agrees && k < context.before.size(); ++k) {
                const WordAnalysis* adjective =
                    agreeing_adjective(context.before[k], old_gender, old_number);
                if (adjective == nullptr)
                    break;
                if (!changes)
                    continue;
                if (!(agrees = reinflect(context.before[k], *adjective, candidate.before[k])))
                    break;
                if (candidate.before[k] != context.before[k].form)
                    candidate.before_needed = k + 1;
            }
            if (agrees && k < context.before.size()) {
                auto [row, column] = find_article(normalise_word(context.before[k].form));
                if (row != nullptr) {
                    const bool plural = new_number == "pl" || (new_number.empty() && column >= 4);
                    const std::string_view next =
                        k == 0 ? std::string_view(candidate.core) : candidate.before[k - 1];
                    const bool feminine =
                        new_gender == "fem" ||
                        (new_gender == "epi" && (column == 1 || column == 3 || column == 5));
                    // de and que elide in the plural too: d'affections.
                    const bool numberless = (*row)[0] == (*row)[4];
                    const std::size_t wanted =
                        plural && !numberless
                            ? (feminine ? 5 : 4)
                            : (feminine ? 1 : 0) + (starts_with_vowel(next) ? 2 : 0);
                    if ((*row)[wanted] != normalise_word(context.before[k].form)) {
                        candidate.before[k] = std::string((*row)[wanted]);
                        candidate.before_needed = k + 1;
                    }
                }
            }
        }
        // A replacement ending in de, que, le… before a vowel elides into the next word:
        // atteinte de + un -> atteinte d'un.
        if (agrees && !context.after.empty() && starts_with_vowel(context.after[0].form)) {
            std::vector<std::string> words = split_words(candidate.core);
            static constexpr std::array<std::string_view, 9> kElidable = {
                "de", "que", "le", "la", "ne", "se", "me", "te", "je"};
            if (std::find(kElidable.begin(), kElidable.end(), words.back()) != kElidable.end()) {
                words.back() = words.back().substr(0, words.back().size() - 1) + "'";
                candidate.core.clear();
                for (const std::string& word : words)
                    candidate.core += (candidate.core.empty() ? "" : " ") + word;
                candidate.after_needed = std::max<std::size_t>(candidate.after_needed, 1);
            }
        }
        if (agrees)
            candidates.push_back(std::move(candidate));
    }
    PhraseReplacements result;
    for (const Candidate& candidate : candidates) {
        result.before = std::max(result.before, candidate.before_needed);
        result.after = std::max(result.after, candidate.after_needed);
    }
    std::string original;
    for (std::size_t k = result.before; k-- > 0;)
        original += context.before[k].form + " ";
    original += context.reported;
    for (const Candidate& candidate : candidates) {
        std::string text;
        auto add = [&](const std::string& word) {
            if (!text.empty() && !text.ends_with('\'') && !text.ends_with("\u2019"))
                text += ' ';
            text += word;
        };
        for (std::size_t k = result.before; k-- > 0;)
            add(candidate.before[k]);
        add(candidate.core);
        for (std::size_t k = 0; k < result.after; ++k)
            add(candidate.after[k]);
        text = capitalised_like(text, original);
        if (std::find(result.texts.begin(), result.texts.end(), text) == result.texts.end())
            result.texts.push_back(std::move(text));
    }
    return result;
}

std::string capitalised_like(const std::string& suggestion, std::string_view reported) {
    if (reported.empty() || suggestion.empty())
        return suggestion;
    const utf8::Decoded first = utf8::decode(reported, 0);
    if (first.code_point == utf8::kInvalid || !u_isupper(static_cast<UChar32>(first.code_point)))
        return suggestion;
    int letters = 0;
    bool lower = false;
    for (std::size_t i = 0; i < reported.size();) {
        const utf8::Decoded d = utf8::decode(reported, i);
        if (u_isalpha(static_cast<UChar32>(d.code_point))) {
            ++letters;
            lower = lower || u_islower(static_cast<UChar32>(d.code_point));
        }
        i += d.length;
    }
    std::string result;
    if (letters > 1 && !lower) {
        icu::UnicodeString::fromUTF8(suggestion)
            .toUpper(icu::Locale::getFrench())
            .toUTF8String(result);
        return result;
    }
    const utf8::Decoded head = utf8::decode(suggestion, 0);
    utf8::append(result, static_cast<char32_t>(u_toupper(static_cast<UChar32>(head.code_point))));
    result += suggestion.substr(head.length);
    return result;
}

} // namespace medloc
