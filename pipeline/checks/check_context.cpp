#include "checks/check_context.h"

#include "checks/spelling/spelling_review.h"
#include "checks/terminology/terminology_service.h"
#include "checks/usage/usage_service.h"
#include "dosage/dose_finder.h"
#include "language/language_profile.h"
#include "loading/article.h"
#include "terminology/termbase.h"

#include <algorithm>

namespace medloc {

CheckContext::CheckContext(const RuleServices& services) : services_(services) {}

CheckContext::~CheckContext() = default;

SpellingReview& CheckContext::spelling_review() {
    if (!spelling_review_)
        spelling_review_ = std::make_unique<SpellingReview>(*this);
    return *spelling_review_;
}

bool CheckContext::cut_by_budget() const {
    return spelling_review_ && spelling_review_->suggestions_cut();
}

WordTokenizer& CheckContext::tokenizer(const std::string& locale) {
    // ICU builds a break iterator from its rule data; keep one per thread and locale
    // rather than one per file.
    thread_local std::map<std::string, std::unique_ptr<WordTokenizer>> tokenizers;
    auto& slot = tokenizers[locale];
    if (!slot)
        slot = std::make_unique<WordTokenizer>(locale);
    return *slot;
}

bool RuleServices::is_configured(const std::string& locale) const {
    return std::any_of(
        configured_locales.begin(), configured_locales.end(),
        [&](const std::string& configured) { return locale_applies(configured, locale); });
}

std::string RuleServices::spelling_locale(const std::string& locale) const {
    if (locale.find_first_of("-_") != std::string::npos)
        return locale;
    const std::string language = language_of(locale);
    for (const std::string& configured : configured_locales)
        if (configured != locale && language_of(configured) == language)
            return configured;
    return locale;
}

const NumberFinder& CheckContext::numbers(const std::string& locale) {
    thread_local std::map<std::string, std::unique_ptr<NumberFinder>> finders;
    auto& slot = finders[locale];
    if (!slot)
        slot = std::make_unique<NumberFinder>(locale);
    return *slot;
}

namespace {

// A cached vector takes no more than it holds: a big article keeps the facts of every block.
template <typename T>
std::vector<T>& kept(std::optional<std::vector<T>>& slot, std::vector<T> made) {
    made.shrink_to_fit();
    return slot.emplace(std::move(made));
}

} // namespace

const std::vector<NumberMention>& CheckContext::number_mentions(const Block& block) {
    BlockFacts& facts = facts_[&block];
    if (facts.number_mentions)
        return *facts.number_mentions;
    std::vector<NumberMention> found;
    for (const NumberMention& number : numbers(block.locale).find(block.text.text(), tokens(block)))
        if (!overlaps(url_ranges(block), number.begin, number.end))
            found.push_back(number);
    return kept(facts.number_mentions, std::move(found));
}

const std::vector<Dose>& CheckContext::doses(const Block& block) {
    BlockFacts& facts = facts_[&block];
    if (facts.doses)
        return *facts.doses;
    return kept(facts.doses, find_doses(block.text.text(), tokens(block), number_mentions(block),
                                        language_of(block.locale)));
}

const std::vector<Token>& CheckContext::tokens(const Block& block) {
    BlockFacts& facts = facts_[&block];
    if (facts.tokens)
        return *facts.tokens;
    return kept(facts.tokens, tokenizer(block.locale).tokenize(block.text.text()));
}

const std::vector<TextRange>& CheckContext::url_ranges(const Block& block) {
    BlockFacts& facts = facts_[&block];
    if (facts.urls)
        return *facts.urls;
    return kept(facts.urls, find_url_ranges(block.text.text()));
}

const LanguageProfile& CheckContext::profile(const std::string& locale) {
    auto it = profiles_.find(locale);
    if (it == profiles_.end())
        it = profiles_.emplace(locale, profile_for(locale)).first;
    return it->second;
}

const std::vector<TermMatch>& CheckContext::term_matches(const Block& block) {
    BlockFacts& facts = facts_[&block];
    if (facts.term_matches)
        return *facts.term_matches;
    std::vector<TermMatch> matches;
    if (services_.terminology != nullptr)
        matches = services_.terminology->matcher(block.locale)
                      .match(block.text.text(), tokens(block), profile(block.locale));
    return kept(facts.term_matches, std::move(matches));
}

const std::vector<UsageMatch>& CheckContext::usage_matches(const Block& block) {
    BlockFacts& facts = facts_[&block];
    if (facts.usage_matches)
        return *facts.usage_matches;
    std::vector<UsageMatch> matches;
    if (services_.usage != nullptr) {
        std::vector<TextRange> skipped = url_ranges(block);
        const std::string language = language_of(block.locale);
        for (const InlineSpan& span : block.spans)
            if (span.element == "foreign")
                if (const std::string* lang = span.attribute("xml:lang");
                    lang != nullptr && language_of(*lang) != language)
                    skipped.emplace_back(span.begin, span.end);
        matches = services_.usage->matcher(block.locale)
                      .match(block.text.text(), tokens(block), profile(block.locale), skipped);
    }
    return kept(facts.usage_matches, std::move(matches));
}

void CheckContext::add_configuration_error(std::string message) {
    if (std::find(errors_.begin(), errors_.end(), message) == errors_.end())
        errors_.push_back(std::move(message));
}

} // namespace medloc
