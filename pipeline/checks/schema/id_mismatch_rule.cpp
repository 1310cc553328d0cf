#include "checks/schema/id_mismatch_rule.h"

#include "loading/article.h"

namespace medloc {

void IdMismatchRule::check(const Article& article, CheckContext&, FindingSink& sink) const {
    const std::string expected = expected_article_id(article.path());
    if (article.id == expected)
        return;
    Finding& finding = sink.report(kInfo, article, article.id_offset, "schema.id-mismatch",
                                   {{"id", article.id}, {"expected", expected}});
    finding.flagged_text = article.id;
    finding.suggestions = {expected};
}

} // namespace medloc
