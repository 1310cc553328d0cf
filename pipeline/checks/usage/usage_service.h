#pragma once

#include "core/rule_info.h"
#include "usage/usage_matcher.h"
#include "usage/usage_rulebook.h"

#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace medloc {

class SpellingService;
class CheckContext;
class FindingSink;
struct Article;

// The project's usage entries (calques and false friends, terminology/*.usage) and one
// matcher per language, built on first use and shared read-only by all threads. Lemmas and
// tags come from the language's Hunspell dictionary; without one, only words written as a
// pattern names them match.
class UsageService {
public:
    UsageService(UsageRulebook rulebook, SpellingService* spelling);

    const UsageRulebook& rulebook() const { return rulebook_; }
    const UsageMatcher& matcher(const std::string& locale);

private:
    UsageRulebook rulebook_;
    SpellingService* spelling_;
    std::mutex mutex_;
    std::map<std::string, std::unique_ptr<UsageMatcher>> matchers_;
};

// Reports every match of one kind of entry in the article's blocks, bibliographic
// references excepted (a cited title is not ours to reword): the message names the
// English word copied and the entry, and explains; the suggestions agree with the
// reported words. Does nothing without usage entries.
void report_usage_matches(const RuleInfo& rule, UsageKind kind, const Article& article,
                          CheckContext& context, FindingSink& sink);

} // namespace medloc
