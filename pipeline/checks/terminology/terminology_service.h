#pragma once

#include "terminology/term_matcher.h"
#include "terminology/termbase.h"

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace medloc {

class SpellingService;
class CheckContext;
struct Article;
struct Block;

// The project's termbase and one term matcher per locale, built on first use and shared
// read-only by all threads. Lemmas come from the locale's Hunspell dictionary.
class TerminologyService {
public:
    TerminologyService(Termbase termbase, SpellingService* spelling);

    const Termbase& termbase() const { return termbase_; }
    const TermMatcher& matcher(const std::string& locale);

    // The preferred terms of a concept in a locale; those written like `like` (an
    // acronym for an acronym, a full form for a full form) come first.
    std::vector<const Term*> preferred_terms(const Concept& entry, const std::string& locale,
                                             const Term* like = nullptr) const;

private:
    Termbase termbase_;
    SpellingService* spelling_;
    std::mutex mutex_;
    std::map<std::string, std::unique_ptr<TermMatcher>> matchers_;
};

// Calls visit(service, block, match) for every termbase term found in the article's blocks,
// in order; does nothing when the project has no termbase.
void for_each_term_match(
    const Article& article, CheckContext& context,
    const std::function<void(TerminologyService&, const Block&, const TermMatch&)>& visit);

} // namespace medloc
