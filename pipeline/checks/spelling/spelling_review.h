#pragma once

#include "spelling/suggestion_budget.h"

#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace medloc {

struct Article;
struct Block;
class SpellingReview;
class CheckContext;

// What an unknown word most likely is, which decides the rule that reports it.
enum class SpellingTier {
    typo,               // close to a dictionary word: spelling.unknown-word
    name,               // capitalised inside a sentence, or a name in lower case:
                        // spelling.unknown-name
    foreign,            // another language's dictionary knows it, or another script:
                        // spelling.foreign-word
    term,               // lower case and far from every dictionary word: a term the word
                        // lists lack, spelling.unknown-term
    unaccented_capital, // a capital without its accent (Etude): spelling.keyboard-fallback
    split_ligature,     // œ or æ typed as two letters (oedème): spelling.keyboard-fallback
};

struct ReviewedWord {
    std::size_t begin = 0; // byte range in the block's text; names and foreign words next
    std::size_t end = 0;   // to each other are one range ("Eli Lilly", "health care")
    SpellingTier tier = SpellingTier::typo;
    std::string locale;                   // of the text (a <foreign> span's), for the finding
    std::vector<std::string> suggestions; // best first
    std::string language; // foreign: the language's code ("en"), or the script's name
    bool other_script = false;
    bool accents_only = false; // typo: the closest word differs only by accents (etude)
};

// A word of one tier in an article, at its first place, and how many times the article
// has it (the same text).
struct FirstOccurrence {
    const Block* block = nullptr;
    const ReviewedWord* word = nullptr;
    std::size_t count = 0;
};

// For the tiers whose remedy is once per word (add a name to a word list, mark a language),
// each distinct word once, in text order.
std::vector<FirstOccurrence> first_occurrences(const Article& article, SpellingReview& review,
                                               SpellingTier tier);

// The unknown words of one file's blocks, each with its tier and suggestions: computed
// once per block and shared by the spelling rules of every tier. Suggestions are computed
// only for these words, within the run's and the file's time budget.
class SpellingReview {
public:
    explicit SpellingReview(CheckContext& context);
    ~SpellingReview();

    const std::vector<ReviewedWord>& words(const Block& block);

    // The article has no accented letter at all and two words or more lack theirs: its
    // text lost its accents (typed without, or converted to ASCII). Its accent-only
    // misspellings are then one finding (spelling.keyboard-fallback), not one each.
    bool lost_its_accents(const Article& article);

    // Some word of this file has fewer suggestions than an unlimited run would give it.
    bool suggestions_cut() const { return budget_ && budget_->cut(); }

private:
    FileSuggestionBudget& budget();

    CheckContext& context_;
    std::unique_ptr<FileSuggestionBudget> budget_;
    std::map<const Block*, std::vector<ReviewedWord>> words_;
    std::map<const Article*, bool> unaccented_;
};

} // namespace medloc
