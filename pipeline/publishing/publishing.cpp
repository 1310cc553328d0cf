#include "publishing/publishing.h"

namespace medloc {

namespace {

std::string count_of(int n, const std::string& what) {
    return std::to_string(n) + " " + what + (n == 1 ? "" : "s");
}

void add_source_reasons(const PublishingRequest& request, PublishingDecision& decision) {
    const Article& article = *request.article;
    const ApprovalCheck& approval = decision.approval;
    switch (approval.state) {
    case ApprovalState::not_approved:
        decision.reasons.push_back(
            "not approved (review status: " +
            (article.review.status.empty() ? std::string("none") : article.review.status) + ")");
        break;
    case ApprovalState::no_digest:
        decision.reasons.push_back(
            "the approval records no digest of the reviewed content (medloc approve)");
        break;
    case ApprovalState::unknown_version:
        decision.reasons.push_back("the approval's digest is of a form this medloc does not know");
        break;
    case ApprovalState::stale:
        decision.reasons.push_back(
            "approval stale: the content changed after the medical review (" +
            approval.describe_changes() + ")");
        break;
    case ApprovalState::current:
        break;
    }
    if (request.source_error_findings && *request.source_error_findings > 0)
        decision.reasons.push_back(count_of(*request.source_error_findings, "error finding") +
                                   " in " + request.source_path);
}

void add_translation_reasons(const PublishingRequest& request, PublishingDecision& decision) {
    const std::vector<TranslationFile>& files = request.translations;
    if (files.empty()) {
        decision.reasons.push_back("not translated: no translation file for " + request.locale);
        return;
    }
    const TranslationFile& own = files.front();
    if (files.size() == 1 && !own.exists) {
        decision.reasons.push_back("not translated: no " + own.path);
        return;
    }
    if (own.exists && own.xliff == nullptr) {
        decision.reasons.push_back(own.path + " cannot be read as XLIFF");
        return;
    }
    if (own.error_findings && *own.error_findings > 0)
        decision.reasons.push_back(count_of(*own.error_findings, "error finding") + " in " +
                                   own.path);
    // The own file's units say why each block is not publishable even when the file has
    // errors (the errors alone already exclude it); a fallback with errors is not used.
    LocalizeRequest choosing;
    choosing.article = request.article;
    choosing.tree = request.tree;
    choosing.target_locale = request.locale;
    choosing.sources = translation_sources(files);
    choosing.refuse_source_copies = true;
    for (const BlockChoice& choice : choose_translations(choosing)) {
        if (!choice.source) {
            decision.reasons.push_back(
                "block " + choice.block_id + ": " +
                (choice.why_not.empty() ? "not translated" : choice.why_not));
            continue;
        }
        if (*choice.source > 0)
            decision.fallbacks.emplace_back(choice.block_id, files[*choice.source].locale);
    }
}

} // namespace

PublishingDecision decide_publishing(const PublishingRequest& request) {
    PublishingDecision decision;
    decision.approval = check_approval(*request.article);
    decision.findings_checked = request.source_error_findings.has_value();
    add_source_reasons(request, decision);
    if (request.locale != request.source_locale) {
        for (const TranslationFile& file : request.translations)
            if (file.exists && !file.error_findings && file.locale != request.article->locale)
                decision.findings_checked = false;
        add_translation_reasons(request, decision);
    }
    decision.publishable = decision.reasons.empty();
    return decision;
}

std::vector<TranslationSource> translation_sources(const std::vector<TranslationFile>& files) {
    std::vector<TranslationSource> sources;
    for (std::size_t i = 0; i < files.size(); ++i) {
        const TranslationFile& file = files[i];
        const bool usable = i == 0 || file.error_findings.value_or(0) == 0;
        sources.push_back({file.locale, usable ? file.xliff : nullptr});
    }
    return sources;
}

} // namespace medloc
