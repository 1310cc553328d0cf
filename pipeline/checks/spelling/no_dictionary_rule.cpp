#include "checks/spelling/no_dictionary_rule.h"

#include "checks/check_context.h"
#include "loading/article.h"
#include "spelling/dictionary_locator.h"
#include "spelling/speller.h"

#include <set>

namespace medloc {

void NoDictionaryRule::check(const Article& article, CheckContext& context,
                             FindingSink& sink) const {
    SpellingService* spelling = context.services().spelling;
    if (spelling == nullptr)
        return;
    std::set<std::string> seen;
    for (const Block& block : article.blocks) {
        if (block.text.empty() || !seen.insert(block.locale).second)
            continue;
        if (block.locale.empty()) {
            sink.report(kInfo, article, block.source_offset, "spelling.no-dictionary.no-locale",
                        {});
            continue;
        }
        if (context.services().is_configured(block.locale) || spelling->speller_for(block.locale))
            continue;
        sink.report(kInfo, article, block.source_offset, "spelling.no-dictionary",
                    {{"locale", block.locale}, {"package", dictionary_package(block.locale)}});
    }
}

} // namespace medloc
