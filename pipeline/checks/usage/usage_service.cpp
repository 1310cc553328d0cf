#include "checks/usage/usage_service.h"

#include "checks/check_context.h"
#include "checks/rule.h"
#include "language/language_profile.h"
#include "loading/article.h"
#include "spelling/speller.h"

namespace medloc {

UsageService::UsageService(UsageRulebook rulebook, SpellingService* spelling)
    : rulebook_(std::move(rulebook)), spelling_(spelling) {}

const UsageMatcher& UsageService::matcher(const std::string& locale) {
    const std::string language = language_of(locale);
    std::lock_guard lock(mutex_);
    auto& slot = matchers_[language];
    if (!slot) {
        Morphology morphology;
        if (spelling_ != nullptr)
            if (auto found = spelling_->speller_for(locale))
                morphology = [speller = found.value()](const std::string& word) {
                    return speller->analyze(word);
                };
        slot = std::make_unique<UsageMatcher>(rulebook_, language, std::move(morphology));
    }
    return *slot;
}

void report_usage_matches(const RuleInfo& rule, UsageKind kind, const Article& article,
                          CheckContext& context, FindingSink& sink) {
    if (context.services().usage == nullptr)
        return;
    for (const Block& block : article.blocks) {
        if (block.kind == "ref")
            continue;
        for (const UsageMatch& match : context.usage_matches(block)) {
            const UsageEntry& entry = *match.entry;
            if (entry.kind != kind)
                continue;
            const std::string reported =
                block.text.text().substr(match.words_begin, match.words_end - match.words_begin);
            // The entry's explanation is the rulebook's own text, in the article's language.
            Finding& finding =
                sink.report(rule, article, block, match.begin, match.end,
                            kind == UsageKind::false_friend ? "usage.false-friend" : "usage.calque",
                            {{"term", reported},
                             {"english", entry.english},
                             {"entry", entry.id},
                             {"explanation", entry.explanation}});
            finding.suggestions = match.suggestions;
        }
    }
}

} // namespace medloc
