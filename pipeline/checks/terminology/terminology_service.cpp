#include "checks/terminology/terminology_service.h"

#include "checks/check_context.h"
#include "loading/article.h"
#include "spelling/speller.h"

#include <algorithm>

namespace medloc {

TerminologyService::TerminologyService(Termbase termbase, SpellingService* spelling)
    : termbase_(std::move(termbase)), spelling_(spelling) {}

const TermMatcher& TerminologyService::matcher(const std::string& locale) {
    std::lock_guard lock(mutex_);
    auto& slot = matchers_[locale];
    if (!slot) {
        Speller* speller = nullptr;
        if (spelling_ != nullptr)
            if (auto found = spelling_->speller_for(locale))
                speller = found.value();
        Lemmatizer lemmatizer = [speller](const std::string& word) {
            return speller ? speller->stems(word) : std::vector<std::string>{};
        };
        slot = std::make_unique<TermMatcher>(termbase_, locale, std::move(lemmatizer));
    }
    return *slot;
}

namespace {

bool looks_abbreviated(const Term& term) {
    if (term.is_abbreviation())
        return true;
    bool has_letter = false;
    for (char c : term.text) {
        if (c >= 'a' && c <= 'z')
            return false;
        has_letter = has_letter || (c >= 'A' && c <= 'Z');
    }
    return has_letter && term.text.find(' ') == std::string::npos;
}

} // namespace

std::vector<const Term*> TerminologyService::preferred_terms(const Concept& entry,
                                                             const std::string& locale,
                                                             const Term* like) const {
    std::vector<const Term*> preferred;
    for (const Term* term : termbase_.terms_for(entry, locale))
        if (term->status == TermStatus::preferred)
            preferred.push_back(term);
    if (like != nullptr)
        std::stable_partition(preferred.begin(), preferred.end(), [&](const Term* term) {
            return looks_abbreviated(*term) == looks_abbreviated(*like);
        });
    return preferred;
}

void for_each_term_match(
    const Article& article, CheckContext& context,
    const std::function<void(TerminologyService&, const Block&, const TermMatch&)>& visit) {
    TerminologyService* terminology = context.services().terminology;
    if (terminology == nullptr)
        return;
    for (const Block& block : article.blocks)
        for (const TermMatch& match : context.term_matches(block))
            visit(*terminology, block, match);
}

} // namespace medloc
