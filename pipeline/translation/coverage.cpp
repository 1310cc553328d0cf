#include "translation/coverage.h"

#include "translation/block_source.h"
#include "translation/extractor.h"

#include <map>
#include <set>

namespace medloc {

double ArticleCoverage::approved_share() const {
    return total.words == 0
               ? (total.units == 0 ? 0.0 : 1.0)
               : static_cast<double>(final_units.words) / static_cast<double>(total.words);
}

bool unit_is_stale(const XliffUnit& unit, const std::string& source_hash) {
    if (unit.has_sub_state(kStaleSubState) && unit.state() == TranslationState::initial)
        return true;
    auto recorded = unit.medloc_metadata.find("source-hash");
    // Units from other tools carry no hash: they cannot be judged stale by it.
    return recorded != unit.medloc_metadata.end() && recorded->second != source_hash;
}

ArticleCoverage measure_coverage(const ArticleSourceView& source, const XliffDocument* xliff,
                                 const std::string& locale,
                                 const std::function<long(const std::string&)>& words_of) {
    const Article& article = *source.article;
    ArticleCoverage coverage;
    coverage.article_id = article.id;
    coverage.locale = locale;
    coverage.review_status = article.review.status;

    std::map<std::size_t, std::size_t> element_at;
    for (std::size_t index : source.tree->elements())
        element_at.emplace(source.tree->node(index).begin, index);
    std::set<std::string> block_ids;
    for (const Block& block : article.blocks) {
        block_ids.insert(block.id);
        const long words = words_of(block.text.text());
        coverage.total.add(words);
        const XliffUnit* unit = xliff ? xliff->find_unit(block.id) : nullptr;
        if (unit == nullptr || !unit->has_target()) {
            coverage.missing.add(words);
            coverage.not_approved.push_back(block.id);
            continue;
        }
        const std::string hash = make_block_source(article.source->content, *source.tree,
                                                   element_at.at(block.source_offset))
                                     .hash;
        if (unit_is_stale(*unit, hash)) {
            coverage.stale.add(words);
            coverage.not_approved.push_back(block.id);
            continue;
        }
        switch (unit->state()) {
        case TranslationState::final_state:
            coverage.final_units.add(words);
            break;
        case TranslationState::reviewed:
            coverage.reviewed.add(words);
            coverage.not_approved.push_back(block.id);
            break;
        case TranslationState::translated:
        case TranslationState::initial: // a target without a state raised: translated
            coverage.translated.add(words);
            coverage.not_approved.push_back(block.id);
            break;
        }
    }
    if (xliff)
        for (const XliffUnit& unit : xliff->units)
            if (!block_ids.contains(unit.id))
                coverage.obsolete.add(words_of(unit.source_text()));
    return coverage;
}

} // namespace medloc
