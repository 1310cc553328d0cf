#pragma once

#include "dosage/dose.h"
#include "language/language_profile.h"
#include "language/number_finder.h"
#include "language/url_ranges.h"
#include "language/word_tokenizer.h"
#include "terminology/term_matcher.h"
#include "usage/usage_matcher.h"

#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace medloc {

struct Article;
struct Block;
class SpellingReview;
class SpellingService;
class TerminologyService;
class UsageService;

// What rules may use beyond the article, shared by all files of a run (thread-safe).
struct RuleServices {
    SpellingService* spelling = nullptr;       // null when spelling is not configured
    TerminologyService* terminology = nullptr; // null without a termbase
    UsageService* usage = nullptr;             // null without usage files (calques)
    // The day the run takes as today (medical.today); nullopt: the clock's.
    std::optional<std::chrono::year_month_day> today;
    // The project's locales (source and targets): for them a missing dictionary is a
    // configuration error; text in other locales without one is reported, not checked.
    std::vector<std::string> configured_locales;
    // spelling.acronyms = check: words in capitals are spell-checked too. A setting of the
    // spelling review, which every spelling rule shares.
    bool check_acronyms = false;

    bool is_configured(const std::string& locale) const;
    // The locale to spell text marked `locale` in: a bare language ("en") that the project
    // writes in one region ("en-US") is spelt that region's way, not in whichever region's
    // dictionary comes first; any other locale as it is.
    std::string spelling_locale(const std::string& locale) const;
};

// Per-file state for rules: tokens and URL ranges of each block computed once and shared
// by every rule, language profiles, and configuration errors found while checking (a
// missing dictionary), which end the run with exit 2.
class CheckContext {
public:
    explicit CheckContext(const RuleServices& services);
    ~CheckContext();

    const RuleServices& services() const { return services_; }

    const std::vector<Token>& tokens(const Block& block);
    const std::vector<TextRange>& url_ranges(const Block& block);
    const LanguageProfile& profile(const std::string& locale);
    const NumberFinder& numbers(const std::string& locale);
    // The numbers of a block as its locale writes them, outside URLs.
    const std::vector<NumberMention>& number_mentions(const Block& block);
    // The doses of a block (numbers with units), outside URLs.
    const std::vector<Dose>& doses(const Block& block);
    // Termbase terms found in a block (empty without a termbase).
    const std::vector<TermMatch>& term_matches(const Block& block);
    // Usage entries (calques, false friends) found in a block, outside URLs and passages
    // marked in another language (empty without usage files).
    const std::vector<UsageMatch>& usage_matches(const Block& block);
    // The unknown words of each block with their tiers, for the spelling rules.
    SpellingReview& spelling_review();
    // Some result of this file was cut short by a time budget (spelling suggestions): a
    // later run may do better, so it is not kept in the result cache.
    bool cut_by_budget() const;

    void add_configuration_error(std::string message);
    const std::vector<std::string>& configuration_errors() const { return errors_; }

    // The word tokenizer of a locale, one per thread (for text other than a block's own).
    WordTokenizer& tokenizer(const std::string& locale);

private:
    // What the rules read of one block, each part made on first use. One entry per block
    // rather than one map per part: a big article has hundreds of thousands of blocks.
    struct BlockFacts {
        std::optional<std::vector<Token>> tokens;
        std::optional<std::vector<TextRange>> urls;
        std::optional<std::vector<TermMatch>> term_matches;
        std::optional<std::vector<UsageMatch>> usage_matches;
        std::optional<std::vector<NumberMention>> number_mentions;
        std::optional<std::vector<Dose>> doses;
    };

    const RuleServices& services_;
    std::unordered_map<const Block*, BlockFacts> facts_; // references to entries stay valid
    std::map<std::string, LanguageProfile> profiles_;
    std::unique_ptr<SpellingReview> spelling_review_;
    std::vector<std::string> errors_;
};

} // namespace medloc
