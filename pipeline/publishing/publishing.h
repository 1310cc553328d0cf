#pragma once

#include "approval/approval_digest.h"
#include "loading/article.h"
#include "loading/markup_tree.h"
#include "translation/merger.h"
#include "translation/xliff_document.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace medloc {

// One locale's XLIFF file of an article, as the publishing decision sees it.
struct TranslationFile {
    std::string locale;
    std::string path;
    bool exists = false;
    const XliffDocument* xliff = nullptr; // null when absent or unreadable
    std::optional<int> error_findings;    // nullopt: not checked
};

struct PublishingRequest {
    const Article* article = nullptr;
    const MarkupTree* tree = nullptr;
    std::string source_path;
    std::optional<int> source_error_findings; // nullopt: not checked (coverage)
    std::string source_locale;                // locales.source: the articles' own locale
    std::string locale;                       // to publish in; the source locale too
    // The locale's own file, then those of its fallback locales (locales.fallbacks), in
    // order; a fallback that is the source locale stands for the source text. Empty for the
    // source locale.
    std::vector<TranslationFile> translations;
};

// Whether an article may be published in a locale, and every reason why not, most telling
// first. Publishable means: the source's medical review is approved for exactly its
// current content (approval/approval_digest.h); the source and the XLIFF files used have
// no error finding; every block has a unit, in the locale's own file or a fallback's, that
// is final, not stale and really translated (not a copy of the source text). Plain data:
// `medloc export`, `report` and `coverage` print or use it as they need.
struct PublishingDecision {
    bool publishable = false;
    std::vector<std::string> reasons;
    std::vector<std::pair<std::string, std::string>> fallbacks; // block id, locale it came from
    ApprovalCheck approval;
    bool findings_checked = true; // false when error findings were not known
};

PublishingDecision decide_publishing(const PublishingRequest& request);

// The sources a localized article is built from (translation/merger.h): the locale's own
// file, then the fallbacks that have no error finding.
std::vector<TranslationSource> translation_sources(const std::vector<TranslationFile>& files);

} // namespace medloc
