#include "language/inflection.h"

#include <string>

namespace medloc {

namespace {

bool ends_with_then(std::string_view word, std::string_view base, std::string_view ending) {
    return word.size() == base.size() + ending.size() && word.starts_with(base) &&
           word.ends_with(ending);
}

// The regular English inflections and the classical plurals of medical Latin and Greek.
bool is_english_inflection(std::string_view word, std::string_view lemma) {
    if (word == lemma)
        return true;
    if (lemma.empty())
        return false;
    for (std::string_view ending : {"s", "es", "'s", "\u2019s", "s'", "s\u2019", "ed", "ing"})
        if (ends_with_then(word, lemma, ending))
            return true;
    const char last = lemma.back();
    const std::string_view stem = lemma.substr(0, lemma.size() - 1);
    if (last == 'e' && (ends_with_then(word, lemma, "d") || ends_with_then(word, stem, "ing")))
        return true;
    if (last == 'y' && (ends_with_then(word, stem, "ies") || ends_with_then(word, stem, "ied")))
        return true;
    const std::string doubled = std::string(lemma) + last;
    if (ends_with_then(word, doubled, "ed") || ends_with_then(word, doubled, "ing"))
        return true;
    struct Classical {
        std::string_view singular;
        std::string_view plural;
    };
    for (const Classical& form :
         {Classical{"is", "es"}, Classical{"um", "a"}, Classical{"us", "i"}, Classical{"a", "ae"},
          Classical{"on", "a"}, Classical{"ex", "ices"}, Classical{"ix", "ices"}}) {
        if (lemma.ends_with(form.singular) &&
            ends_with_then(word, lemma.substr(0, lemma.size() - form.singular.size()), form.plural))
            return true;
    }
    return false;
}

} // namespace

std::vector<std::string> inflection_candidates(std::string_view word, std::string_view language) {
    std::vector<std::string> out;
    if (language != "en")
        return out;
    const auto strip = [&](std::string_view ending, std::string_view replacement) {
        if (word.size() > ending.size() + 2 && word.ends_with(ending))
            out.push_back(std::string(word.substr(0, word.size() - ending.size())) +
                          std::string(replacement));
    };
    for (std::string_view ending : {"s", "es", "'s", "\u2019s", "ed", "d", "ing"})
        strip(ending, "");
    strip("ies", "y");
    strip("ied", "y");
    strip("ing", "e");
    // Classical plurals: "diagnoses", "bacteria", "fungi", "vertebrae", "indices".
    strip("es", "is");
    strip("a", "um");
    strip("i", "us");
    strip("ae", "a");
    strip("ices", "ex");
    strip("ices", "ix");
    return out;
}

bool is_inflection(std::string_view word, std::string_view lemma, std::string_view language) {
    if (language == "en")
        return is_english_inflection(word, lemma);
    return true;
}

} // namespace medloc
